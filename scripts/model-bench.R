# Times R on the benchmark pupils written by scripts/model-bench.mjs --csv /tmp/model-bench.csv:
#   Rscript scripts/model-bench.R /tmp/model-bench.csv
suppressMessages({ library(lme4); library(sandwich) })
args <- commandArgs(trailingOnly = TRUE)
input <- if (length(args) >= 1) args[1] else "/tmp/model-bench.csv"
t_read <- system.time(d <- read.csv(input, colClasses = c(pupil_key = "character", ks4_year = "character",
  la = "character", school_urn = "character", school_type_y11 = "character", sex = "character",
  sen_y11 = "character"), na.strings = ""))
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
cat(sprintf("read.csv (not the model)                     %.3f s\n", t_read[["elapsed"]]))
t_lm <- system.time(fit <- lm(f, data = d))
t_cl <- system.time(v <- vcovCL(fit, cluster = ~school_urn, type = "HC1"))
cat(sprintf("lm                                           %.3f s\n", t_lm[["elapsed"]]))
cat(sprintf("sandwich::vcovCL(type = 'HC1')               %.3f s\n", t_cl[["elapsed"]]))
t_mixed <- system.time(m <- lmer(update(f, . ~ . + (1 | school_urn)), data = d, REML = TRUE))
cat(sprintf("lme4::lmer REML                              %.3f s\n", t_mixed[["elapsed"]]))
cat(sprintf("pupils %d; OLS intercept %.6f (CR1 se %.6f); lmer logLik %.4f, s2u %.6f\n", nobs(fit), coef(fit)[1],
            sqrt(v[1, 1]), as.numeric(logLik(m)), as.data.frame(VarCorr(m))$vcov[1]))
