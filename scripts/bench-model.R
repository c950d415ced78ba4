# Times R on the factor rows written by scripts/bench-model.mjs (issue 5, item 7):
#   Rscript scripts/bench-model.R <factor-rows.csv>
# Reading and preparing the data is not timed; each fit is timed alone with system.time (elapsed):
#   lm(att8 ~ rees preset)                                       (model.frame + QR)
#   sandwich::vcovCL(fit, cluster = ~school_urn, type = "HC1")    (CR1, as fitOls)
#   lme4::lmer(att8 ~ rees preset + (1 | school_urn), REML = TRUE) (as fitRandomInterceptModel)
# Prints key = value lines (seconds.*, estimates and SEs under cla-analyse's term names) for the caller.
suppressMessages({ library(lme4); library(sandwich) })
args <- commandArgs(trailingOnly = TRUE)
input <- if (length(args) >= 1) args[1] else "/tmp/factor-rows.csv"
d <- read.csv(input, colClasses = c(pupil_key = "character", ks4_year = "character", la = "character",
  school_urn = "character", school_type_y11 = "character", sex = "character", sen_y11 = "character"), na.strings = "")
d$days_in_care_years <- d$days_in_care / 365.25
vars <- c("att8", "placement_changes_after_11", "school_change_y10_y11", "unauthorised_absence_pct",
          "suspension_days", "not_foster_y11", "school_type_y11", "days_in_care_years", "ks2_emss",
          "sex", "sen_y11", "ks4_year", "school_urn")
d <- d[complete.cases(d[, vars]), ]
d$school_type_y11 <- relevel(factor(d$school_type_y11), ref = "mainstream")
d$sex <- relevel(factor(d$sex), ref = "M")
d$sen_y11 <- relevel(factor(d$sen_y11), ref = "none")
d$ks4_year <- relevel(factor(d$ks4_year), ref = sort(unique(d$ks4_year))[1])
f <- att8 ~ placement_changes_after_11 + school_change_y10_y11 + unauthorised_absence_pct + suspension_days +
  not_foster_y11 + school_type_y11 + days_in_care_years + ks2_emss + sex + sen_y11 + ks4_year
invisible(gc())
t_lm <- system.time(fit <- lm(f, data = d))[["elapsed"]]
t_cl <- system.time(v <- vcovCL(fit, cluster = ~school_urn, type = "HC1"))[["elapsed"]]
invisible(gc())
t_mixed <- system.time(m <- lmer(update(f, . ~ . + (1 | school_urn)), data = d, REML = TRUE))[["elapsed"]]

# cla-analyse's term names: intercept, factor=level
term_names <- function(x) {
  x[x == "(Intercept)"] <- "intercept"
  for (v in c("school_type_y11", "sex", "sen_y11", "ks4_year")) {
    hit <- startsWith(x, v) & x != v
    x[hit] <- paste0(v, "=", substring(x[hit], nchar(v) + 1))
  }
  x
}
out <- function(key, value) cat(sprintf("%s = %.12g\n", key, value))
cat(sprintf("version = %s, lme4 %s, sandwich %s\n", R.version.string, packageVersion("lme4"), packageVersion("sandwich")))
out("pupils", nobs(fit))
out("seconds.lm", t_lm)
out("seconds.vcovCL", t_cl)
out("seconds.lmer", t_mixed)
b <- coef(fit); names(b) <- term_names(names(b))
se <- sqrt(diag(v)); names(se) <- term_names(names(se))
for (k in names(b)) { out(paste0("ols.estimate.", k), b[[k]]); out(paste0("ols.se.", k), se[[k]]) }
bm <- fixef(m); names(bm) <- term_names(names(bm))
sem <- sqrt(diag(as.matrix(vcov(m)))); names(sem) <- names(bm)
for (k in names(bm)) { out(paste0("lmer.estimate.", k), bm[[k]]); out(paste0("lmer.se.", k), sem[[k]]) }
vc <- as.data.frame(VarCorr(m))
out("lmer.sigma2_school", vc$vcov[1])
out("lmer.sigma2_residual", vc$vcov[2])
out("lmer.reml_loglik", as.numeric(logLik(m)))
