# Reference numbers for the factor model tests (test/model/reference.test.ts).
# Run from the repository root:
#   Rscript scripts/model-reference.R fixtures/model/reference-data.csv fixtures/model/reference-estimates.json
# Needs R >= 4.2 with lme4, sandwich and jsonlite (Debian: r-base-core r-cran-lme4 r-cran-sandwich).
suppressMessages({ library(lme4); library(sandwich); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
input <- if (length(args) >= 1) args[1] else "fixtures/model/reference-data.csv"
output <- if (length(args) >= 2) args[2] else "fixtures/model/reference-estimates.json"

d <- read.csv(input, colClasses = c(pupil_key = "character", ks4_year = "character", la = "character",
                                    school_urn = "character", school_type_y11 = "character",
                                    sex = "character", sen_y11 = "character"),
              na.strings = "")
# The rees preset: days in care in years; reference levels mainstream, M, none, earliest KS4 year.
d$days_in_care_years <- d$days_in_care / 365.25
vars <- c("att8", "placement_changes_after_11", "school_change_y10_y11", "unauthorised_absence_pct",
          "suspension_days", "not_foster_y11", "school_type_y11", "days_in_care_years", "ks2_emss",
          "sex", "sen_y11", "ks4_year", "school_urn")
raw <- d
d <- d[complete.cases(d[, vars]), ]
# Clustered by LA, the school URN is not needed, so pupils missing only it stay in.
d_la <- raw[complete.cases(raw[, setdiff(vars, "school_urn")]), ]
prepare <- function(d) {
d$school_type_y11 <- relevel(factor(d$school_type_y11), ref = "mainstream")
d$sex <- relevel(factor(d$sex), ref = "M")
d$sen_y11 <- relevel(factor(d$sen_y11), ref = "none")
d$ks4_year <- relevel(factor(d$ks4_year), ref = sort(unique(d$ks4_year))[1])
d
}
d <- prepare(d)
d_la <- prepare(d_la)

rhs <- "placement_changes_after_11 + school_change_y10_y11 + unauthorised_absence_pct + suspension_days +
        not_foster_y11 + school_type_y11 + days_in_care_years + ks2_emss + sex + sen_y11 + ks4_year"
fit <- lm(as.formula(paste("att8 ~", rhs)), data = d)

# cla-analyse term names: "intercept", numeric factors by name, levels as "factor=level".
rename <- function(names) {
  out <- names
  out[out == "(Intercept)"] <- "intercept"
  for (f in c("school_type_y11", "sex", "sen_y11", "ks4_year")) {
    for (l in levels(d[[f]])) out[out == paste0(f, l)] <- paste0(f, "=", l)
  }
  out
}
named <- function(values) { v <- as.list(unname(values)); names(v) <- rename(names(values)); v }

n <- nobs(fit); k <- length(coef(fit))
G <- length(unique(d$school_urn)); G_la <- length(unique(d_la$la))
se_cr1 <- sqrt(diag(vcovCL(fit, cluster = ~school_urn, type = "HC1")))
t_cr1 <- coef(fit) / se_cr1
fit_la <- lm(as.formula(paste("att8 ~", rhs)), data = d_la)
n_la <- nobs(fit_la)
se_hc1 <- sqrt(diag(vcovHC(fit_la, type = "HC1")))
t_hc1 <- coef(fit_la) / se_hc1

mixed <- lmer(as.formula(paste("att8 ~", rhs, "+ (1 | school_urn)")), data = d, REML = TRUE,
              control = lmerControl(optimizer = "bobyqa", optCtrl = list(rhobeg = 2e-3, rhoend = 1e-12)))
vc <- as.data.frame(VarCorr(mixed))
s2u <- vc$vcov[vc$grp == "school_urn"]; s2e <- vc$vcov[vc$grp == "Residual"]

result <- list(
  command = "Rscript scripts/model-reference.R fixtures/model/reference-data.csv fixtures/model/reference-estimates.json",
  software = paste(R.version.string, "; lme4", packageVersion("lme4"), "; sandwich", packageVersion("sandwich")),
  pupils = n, clusters_school = G, pupils_la = n_la, clusters_la = G_la,
  ols = list(
    estimate = named(coef(fit)),
    se_cr1_school = named(se_cr1),
    p_cr1_school_t_G_minus_1 = named(2 * pt(-abs(t_cr1), df = G - 1)),
    estimate_la_sample = named(coef(fit_la)),
    se_hc1_la_sample = named(se_hc1),
    p_hc1_la_sample_t_N_minus_K = named(2 * pt(-abs(t_hc1), df = n_la - k)),
    r_squared = summary(fit)$r.squared
  ),
  lmer_reml_school = list(
    estimate = named(fixef(mixed)),
    se = named(sqrt(diag(as.matrix(vcov(mixed))))),
    sigma2_school = s2u, sigma2_residual = s2e,
    icc = s2u / (s2u + s2e),
    reml_loglik = as.numeric(logLik(mixed))
  ),
  quantiles = list(qt_975_df_59 = qt(0.975, 59), qt_975_df_2 = qt(0.975, 2), qnorm_975 = qnorm(0.975),
                   p_t_2.1_df_7 = 2 * pt(-2.1, 7), p_t_0.3_df_1 = 2 * pt(-0.3, 1),
                   p_t_5_df_2900 = 2 * pt(-5, 2900), p_z_3.2 = 2 * pnorm(-3.2),
                   p_t_40_df_10 = 2 * pt(-40, 10))
)
writeLines(toJSON(result, auto_unbox = TRUE, digits = NA, pretty = TRUE), output)
cat("wrote", output, "\n", file = stderr())
