# Reference numbers for CR2 with Bell-McCaffrey degrees of freedom (test/model/cr2.test.ts), computed
# directly from the n x n matrices (no shortcut), and the CR2 standard errors also by sandwich.
# Run from the repository root:
#   Rscript scripts/model-reference-cr2.R fixtures/model/reference-data.csv fixtures/model/reference-cr2.json
# Needs R >= 4.2 with sandwich (Debian: r-base-core r-cran-sandwich). clubSandwich (vcovCR type "CR2",
# coef_test test "Satterthwaite") gives the same numbers; it is not packaged for Debian, so the formulas
# of Bell & McCaffrey (2002) / Imbens & Kolesar (2016) are written out here.
suppressMessages(library(sandwich))
args <- commandArgs(trailingOnly = TRUE)
input <- if (length(args) >= 1) args[1] else "fixtures/model/reference-data.csv"
output <- if (length(args) >= 2) args[2] else "fixtures/model/reference-cr2.json"

d <- read.csv(input, colClasses = c(pupil_key = "character", ks4_year = "character", la = "character",
                                    school_urn = "character", school_type_y11 = "character",
                                    sex = "character", sen_y11 = "character"), na.strings = "")
d$days_in_care_years <- d$days_in_care / 365.25
vars <- c("att8", "placement_changes_after_11", "school_change_y10_y11", "unauthorised_absence_pct",
          "suspension_days", "not_foster_y11", "school_type_y11", "days_in_care_years", "ks2_emss",
          "sex", "sen_y11", "ks4_year")
d <- d[complete.cases(d[, vars]), ]
d$school_type_y11 <- relevel(factor(d$school_type_y11), ref = "mainstream")
d$sex <- relevel(factor(d$sex), ref = "M")
d$sen_y11 <- relevel(factor(d$sen_y11), ref = "none")
d$ks4_year <- relevel(factor(d$ks4_year), ref = sort(unique(d$ks4_year))[1])
rhs <- "placement_changes_after_11 + school_change_y10_y11 + unauthorised_absence_pct + suspension_days +
        not_foster_y11 + school_type_y11 + days_in_care_years + ks2_emss + sex + sen_y11 + ks4_year"
fit <- lm(as.formula(paste("att8 ~", rhs)), data = d)
X <- model.matrix(fit); e <- residuals(fit); n <- nrow(X); k <- ncol(X)
B <- solve(crossprod(X)); H <- X %*% B %*% t(X)
groups <- sort(unique(d$la)); idx <- lapply(groups, function(g) which(d$la == g))
invroot <- function(M) { ev <- eigen(M, symmetric = TRUE); v <- ifelse(ev$values > 1e-12, 1 / sqrt(ev$values), 0); ev$vectors %*% diag(v, length(v)) %*% t(ev$vectors) }
A <- lapply(idx, function(i) invroot(diag(length(i)) - H[i, i]))
meat <- matrix(0, k, k)
for (g in seq_along(idx)) { i <- idx[[g]]; u <- t(X[i, ]) %*% A[[g]] %*% e[i]; meat <- meat + u %*% t(u) }
V <- B %*% meat %*% B
se <- sqrt(diag(V))
# sandwich's HC2 meat carries (G - 1)/G, which its default cadjust = TRUE undoes: this is CR2
se_sandwich <- sqrt(diag(vcovCL(fit, cluster = ~la, type = "HC2", cadjust = TRUE)))
IH <- diag(n) - H
df <- sapply(seq_len(k), function(j) {
  Gm <- sapply(seq_along(idx), function(g) { i <- idx[[g]]; IH[, i] %*% (A[[g]] %*% (X[i, ] %*% B[, j])) })
  lambda <- eigen(crossprod(Gm), symmetric = TRUE, only.values = TRUE)$values
  sum(lambda)^2 / sum(lambda^2)
})
p <- 2 * pt(-abs(coef(fit) / se), df = df)
rename <- function(names) {
  out <- names; out[out == "(Intercept)"] <- "intercept"
  for (f in c("school_type_y11", "sex", "sen_y11", "ks4_year")) for (l in levels(d[[f]])) out[out == paste0(f, l)] <- paste0(f, "=", l)
  out
}
obj <- function(v) paste0("{", paste(sprintf('"%s": %.15g', rename(names(coef(fit))), v), collapse = ", "), "}")
writeLines(c("{",
  sprintf('  "command": "Rscript scripts/model-reference-cr2.R %s %s",', input, output),
  sprintf('  "software": "%s; sandwich %s",', R.version.string, packageVersion("sandwich")),
  sprintf('  "pupils": %d, "clusters": %d,', n, length(groups)),
  sprintf('  "estimate": %s,', obj(coef(fit))),
  sprintf('  "se_cr2_la": %s,', obj(se)),
  sprintf('  "se_cr2_la_sandwich_hc2": %s,', obj(se_sandwich)),
  sprintf('  "df_bell_mccaffrey_la": %s,', obj(df)),
  sprintf('  "p_cr2_la_t_bm_df": %s', obj(p)),
  "}"), output)
