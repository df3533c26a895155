#!/usr/bin/env python3
"""Invented metric probes: which metrics does caselint find reported with a value?

Each probe is a whole README. A probe passes when every expected metric (caselint's names: auroc,
auprc, ppv, ...) is found with a value, and, when none is expected, when none is found: the rule the
corpus evaluation applies. Batches 1-3 ("results" written many ways) were used to choose aliases and
value rules; batch 4 (numbers that are not results: hyperparameters, thresholds, targets, p-values,
the literature's figures) was written after the value rules and measured as it stands; batch 5
(results again) was measured once, then tuned on.
Batch 6 (results and non-results mixed) was written at the start of stop 17 and measured once
(14 / 16: a duration after an error's value, "MAE 1.9 days", and "X et al. reported an AUC of 0.76"),
then tuned on: a figure attributed to other work in its sentence or table row is not the project's.
Batch 8 (mixed again) was measured once (13 / 14: "reach an AUROC of about 0.72 in published
studies"), then tuned on: published studies, work and results are other work.
Batch 9 (mixed: a leading-dot value, a value before its name, a details block, a plan, a target)
was measured once: 14 / 14, nothing changed for it. Batch 10 (a table with intervals, an em-dash list, units
after a value, a placeholder sentence, ages, years, hyperparameters, a rate in a problem) was
measured once: 9 / 9.
A target line ("Target: sensitivity >= 0.90 at specificity 0.80"), long a known miss, is read as
a wish since stop 19: a line opening with its label and a colon marks all its numbers.
Batch 17 (mixed, stop 26) was measured once: 12 / 16 (a value in the next sentence, a printed table
with a label column, a list under a lead-in naming the metric, a Python console's printed dictionary);
16 / 16 after the readers for those four forms.
Batch 18 (stop 26, after batch 17's changes) was measured once: 12 / 16; 14 / 16 after a short
bracketed caption over a table ("Error (MAE, beds/day)") and a count of the positives found with its
percentage ("found 47 of the 50 staged falls (94%)"). Left: "Se/Sp = 0.94/0.97" ("Se" is as often a
standard error) and "C = 0.68" defined after its use.
Batch 19 (stop 27) was measured once: 13 / 16, of which one probe named precision and recall where
caselint's names are ppv and sensitivity (corrected, so 14 / 16): missed "Test set: loss 0.221, acc
0.934" (a console line whose first pair is not a metric) and "Cohen's κ between the model and the two
graders" (read as the labellers' own agreement); 16 / 16 after both.
Known misses kept: an HTML table (invisible to every check), "the ROC curve shows an area of 0.88",
"concordance" alone as the C-index.

  python3 Scripts/metric-probes.py --bin .build/debug/caselint [--verbose]
"""
import os
import tempfile

from probe_support import arguments, facts, report

BATCH_1 = [
    ('auroc auprc brier', '# Sepsis model\n\n## Results\n\n| Model | AUROC | AUPRC | Brier |\n|---|---|---|---|\n| Logistic regression | 0.78 | 0.31 | 0.09 |\n| XGBoost | **0.84** | **0.42** | 0.08 |\n'),
    ('auroc sensitivity', '# Readmission\n\n## Evaluation\n\nOn the held-out test set (n=2,314) the model reached an AUC of 0.71 (95% CI 0.68–0.74) and a recall of 62%.\n'),
    ('dice hd95 iou', '# Segmentation\n\n## Results\n\n- Dice: 0.87 ± 0.04\n- HD95: 4.1 mm\n- IoU = 0.79\n'),
    ('rouge bertscore hallucination_rate', '# Summaries\n\n## Evaluation\n\n| Metric | Value |\n|---|---|\n| ROUGE-L | 0.41 |\n| BERTScore F1 | 0.88 |\n| Hallucination rate | 3.2% |\n'),
    ('mape rmse', '# Forecast\n\n## Results\n\nThe LSTM forecast daily admissions with MAPE 8.4% and RMSE 12.3 beds, versus 11.9% for seasonal naive.\n'),
    ('c_index brier', "# Survival\n\n## Results\n\nHarrell's C-index was 0.69 on the validation cohort; the integrated Brier score at 5 years was 0.18.\n"),
    ('r2 rmse pearson', '# QSAR\n\n## Results\n\n| Fold | R² | RMSE | Pearson r |\n|---|---|---|---|\n| 1 | 0.71 | 0.62 | 0.85 |\n| mean | 0.70 | 0.64 | 0.84 |\n'),
    ('accuracy f1 sensitivity specificity', '# Arrhythmia\n\n## Performance\n\nAccuracy: 97.3%  \nMacro F1: 0.91  \nSensitivity 0.93, specificity 0.98\n'),
    ('', '# Plan\n\n## Evaluation plan\n\nWe will report AUROC and calibration once data access is approved. Target: AUROC above 0.80.\n'),
    ('', '# Dataset\n\n## Data\n\nMIMIC-IV 2.2, 299,712 patients, 2008–2019. 80/20 split with seed 42.\n'),
    ('accuracy', '# QA\n\n## Results\n\nOn MedQA (USMLE) the fine-tuned model answers 61.2% of questions correctly (exact match), up from 48.0%.\n'),
    ('kappa mcc', "# Kappa\n\n## Results\n\nAgreement with the radiologist: Cohen's κ = 0.72. Matthews correlation coefficient (MCC): 0.66.\n"),
    ('accuracy ppv sensitivity f1', '# Classifier\n\n## Results\n\n```\n              precision    recall  f1-score   support\n\n           0       0.95      0.97      0.96      1000\n           1       0.81      0.72      0.76       200\n\n    accuracy                           0.93      1200\n```\n'),
    ('auroc f1', '# Model\n\n## Results\n\nOur model achieves **AUC = 0.912** and **F1 = 0.87** on the test split.\n'),
    ('auroc auprc', '# Drug\n\n## Results\n\nROC-AUC of 0.83 on the scaffold split of Tox21 (12 tasks averaged); PR-AUC 0.39.\n'),
    ('accuracy kappa', "# Sleep\n\n## Results\n\nEpoch-level accuracy reached 78% (Cohen's kappa 0.69) across 5 sleep stages.\n"),
]

BATCH_2 = [
    ('kappa mcc', "# K\n\n## Results\n\nCohen's kappa = 0.72. MCC: 0.66.\n"),
    ('', '# K\n\n## Results\n\nWe trained for 30 epochs. Accuracy was high.\n'),
    ('', '# K\n\n## Results\n\nThe test set has 1,200 images. Sensitivity and specificity were both reported in the paper.\n'),
    ('ppv sensitivity f1', '# K\n\n## Results\n\n| Class | Precision | Recall | F1 |\n|---|---|---|---|\n| AF | 0.91 | 0.88 | 0.89 |\n| Normal | 0.97 | 0.98 | 0.97 |\n'),
    ('auroc accuracy', '# K\n\n## Results\n\n```\nTest AUC: 0.8423\nTest accuracy: 0.7712\n```\n'),
    ('auroc', '# K\n\n## Results\n\n![ROC curve](roc.png)\n\nThe ROC curve above shows an area of 0.88.\n'),
    ('accuracy ppv sensitivity', '# K\n\n## Results\n\nBest model: Random Forest (accuracy 0.85, precision 0.80, recall 0.75)\n'),
    ('accuracy auroc', '# K\n\n## Results\n\n| Metric | Train | Test |\n|---|---|---|\n| Accuracy | 0.99 | 0.86 |\n| AUC | 0.99 | 0.90 |\n'),
    ('sensitivity specificity ppv npv', '# K\n\n## Results\n\n| | Sens. | Spec. | PPV | NPV |\n|---|---|---|---|---|\n| Model | 0.82 | 0.91 | 0.44 | 0.98 |\n'),
    ('accuracy', '# K\n\n## Results\n\nThe model achieved 94% accuracy, outperforming the baseline by 6 points.\n'),
    ('accuracy', '# K\n\n## Results\n\nTop-1 accuracy 0.81, top-5 accuracy 0.96 on ISIC 2019.\n'),
    ('mae mard', '# K\n\n## Results\n\nMean absolute error of 9.8 mg/dL on the 30-minute horizon (MARD 6.1%).\n'),
    ('auroc', '# K\n\n<table><tr><th>AUC</th></tr><tr><td>0.91</td></tr></table>\n'),
    ('auroc sensitivity', '# K\n\n## Results\n\n* **AUROC:** 0.874\n* **Sensitivity @ 90% specificity:** 0.61\n'),
    ('r2 rmse', '# K\n\n## Results\n\nR^2 = 0.64; RMSE = 1.12 log units\n'),
    ('f1 accuracy', '# K\n\n## Results\n\nF1-score (macro): 0.78 | Accuracy: 0.81\n'),
]

BATCH_3 = [
    ('accuracy', '# Project\n\n## Results\n\nThe model reached 92 % accuracy on the test set.\n'),
    ('accuracy', '# Project\n\n## Results\n\n### Accuracy: 94.2%\n'),
    ('auroc', '# Project\n\n## Results\n\nROC AUC score of 0.91 on held-out patients.\n'),
    ('auprc', '# Project\n\n## Results\n\nObject detection mAP@0.5: 0.78 on the validation images.\n'),
    ('ppv', '# Project\n\n## Results\n\nPrecision@10 of 0.64 for retrieved guideline passages.\n'),
    ('accuracy', '# Project\n\n## Results\n\nValidation accuracy (0.91) was close to training accuracy (0.93).\n'),
    ('auroc', '# Project\n\n## Results\n\nAUROC ranged 0.84–0.88 across the five folds.\n'),
    ('accuracy', '# Project\n\n## Results\n\nThe classifier achieved an accuracy rate of 95%.\n'),
    ('accuracy', '# Project\n\n## Results\n\nWe got an accuracy of ~92%.\n'),
    ('f1 auroc', '# Project\n\n## Results\n\nF1: .87, AUC: .91\n'),
    ('accuracy', '# Project\n\n## Results\n\nAccuracy: 0.92 (train), 0.88 (test)\n'),
    ('accuracy auroc', '# Project\n\n## Results\n\n| Model | Acc. | AUC |\n|---|---|---|\n| CNN | 91.2% | 0.95 |\n'),
    ('sensitivity specificity', '# Project\n\n## Results\n\nSensitivity/Specificity: 0.89/0.93\n'),
    ('auroc auprc', '# Project\n\n## Results\n\nThe best model (XGBoost) scored 0.873 ROC-AUC and 0.41 PR-AUC.\n'),
    ('dice iou', '# Project\n\n## Results\n\nMean Dice 0.91, mean IoU 0.84 on the 20 test volumes.\n'),
    ('mae rmse', '# Project\n\n## Results\n\nMAE of 0.42 log units (RMSE 0.58) on the scaffold split.\n'),
    ('accuracy ppv', '# Project\n\n## Results\n\nAccuracy — 0.94\nPrecision — 0.92\n'),
    ('accuracy', '# Project\n\n## Results\n\nTest accuracy = 93.4%\n'),
]

BATCH_4 = [
    ('', '# Project\n\n## Approach\n\nWe trained with a learning rate of 0.001, dropout 0.5 and weight decay 0.01.\n'),
    ('', '# Project\n\n## Approach\n\nThe decision threshold is 0.5; predictions above it raise an alert.\n'),
    ('', '# Project\n\n## Approach\n\nWe used a test size of 0.2 and stratified by outcome.\n'),
    ('', '# Project\n\n## Approach\n\nDifferences were significant (p < 0.05).\n'),
    ('', '# Project\n\n## Approach\n\nThe positive class makes up 0.12 of the cohort.\n'),
    ('', '# Project\n\n## Approach\n\nThe goal is to reach an AUROC above 0.85 by the end of the term.\n'),
    ('', '# Project\n\n## Approach\n\nAccuracy will be reported once the labelling is done.\n'),
    ('', '# Project\n\n## Approach\n\nSHAP values ranged from -0.3 to 0.8 for lactate.\n'),
    ('', '# Project\n\n## Approach\n\nThe F1 score balances precision and recall (F1 = 2PR/(P+R)).\n'),
    ('', '# Project\n\n## Approach\n\nPatients had a median age of 64 (IQR 52-75) and 0.31 were female.\n'),
    ('', '# Project\n\n## Approach\n\nWe set alpha = 0.05 and power 0.8 for the sample size calculation.\n'),
    ('', '# Project\n\n## Approach\n\nThe kappa between the two annotators on the labels was 0.81.\n'),
    ('', '# Project\n\n## Approach\n\nOur baseline from the original paper reported an AUC of 0.89.\n'),
    ('', '# Project\n\n## Approach\n\nIn the literature, models reach a sensitivity of 0.92 on this dataset.\n'),
    ('', '# Project\n\n## Approach\n\nTarget: sensitivity ≥ 0.90 at specificity 0.80.\n'),
    ('', '# Project\n\n## Approach\n\n| Hyperparameter | Value |\n|---|---|\n| learning rate | 0.0003 |\n| batch size | 32 |\n'),
]


# Written after the value rules, measured once (13 / 15), then the bracketed name was added.
BATCH_5 = [
    ('auroc', '# Project\n\n## Results\n\n**AUROC:** 0.912 ± 0.011 (5-fold CV)\n'),
    ('sensitivity specificity', '# Project\n\n## Results\n\nAt the chosen threshold the model catches 87% of sepsis cases (sensitivity) while 91% of non-septic patients are correctly cleared (specificity).\n'),
    ('mae', '# Project\n\n## Results\n\nMean absolute error: 6.2 beds/day on the 2023 hold-out year.\n'),
    ('accuracy f1', '# Project\n\n## Results\n\n| Fold | Acc | F1 |\n|---|---|---|\n| 1 | 0.91 | 0.88 |\n| 2 | 0.90 | 0.87 |\n'),
    ('c_index', "# Project\n\n## Results\n\nThe Cox model's concordance was 0.71 on the validation cohort.\n"),
    ('auroc auprc', '# Project\n\n## Results\n\nROC AUC = 0.83; average precision = 0.46 (prevalence 0.12).\n'),
    ('dice', '# Project\n\n## Results\n\nSegmentation quality: Dice score of 0.89 on the BraTS validation split.\n'),
    ('rouge bertscore', '# Project\n\n## Results\n\nROUGE-L: 38.2 | BERTScore: 0.87\n'),
    ('r2 rmse', '# Project\n\n## Results\n\nTest R^2 was 0.62 with an RMSE of 0.71 log units.\n'),
    ('', '# Project\n\n## Results\n\nWe did not evaluate the model yet; results will be added after training.\n'),
    ('', '# Project\n\n## Results\n\nThe dataset has 70% training and 30% test data.\n'),
    ('', '# Project\n\n## Results\n\nImages were resized to 224x224 and normalised to 0.5 mean.\n'),
    ('accuracy', '# Project\n\n## Results\n\nOverall classification accuracy: ninety-two percent (92%).\n'),
    ('f1', '# Project\n\n## Results\n\nMacro-F1 improved from 0.61 (baseline) to 0.74.\n'),
    ('sensitivity', '# Project\n\n## Results\n\nRecall on the minority class is 0.68.\n'),
]


# Written at the start of stop 17 and measured once before any change made for it.
BATCH_6 = [
    ('auroc sensitivity specificity', '# Pneumonia\n\n## How well does it work?\n\nOn 1,200 held-out films the classifier scored **AUROC 0.912**; at the chosen cut-off it caught 88.5% of pneumonias (sensitivity) while clearing 81.0% of normals (specificity).\n'),
    ('f1 ppv sensitivity', '# Coding\n\n## Results\n\n| Label set | Precision | Recall | F1 |\n| :-- | --: | --: | --: |\n| Top-50 codes | 0.64 | 0.58 | 0.61 |\n'),
    ('mae rmse', '# LOS\n\n## Results\n\nMean absolute error: 1.9 days. Root mean squared error: 3.2 days.\n'),
    ('dice', '# Tumour\n\n## Results\n\nOur U-Net reached a mean Dice of 0.83 across the 5 folds (range 0.79 to 0.86).\n'),
    ('accuracy kappa', '# Staging\n\n## Results\n\nSleep-stage accuracy was 81 percent, with Cohen kappa 0.74 against the expert scorer.\n'),
    ('mape', '# Beds\n\n## Forecast accuracy\n\n- 7-day horizon — MAPE 6.8 %\n- 14-day horizon — MAPE 9.1 %\n'),
    ('rouge hallucination_rate', '# Discharge notes\n\n## Evaluation\n\nROUGE-L came out at 0.38, and clinicians marked 4 of 100 summaries as containing a hallucination (4%).\n'),
    ('auroc auprc', '# Mortality\n\n## Results\n\n```\nauroc: 0.861\nauprc: 0.447\n```\n'),
    ('', '# Mortality\n\n## Training\n\nWe trained for 50 epochs with learning rate 3e-4, batch size 64 and dropout 0.3; early stopping on validation loss with patience 5.\n'),
    ('', '# Plan\n\n## Success criteria\n\nThe project will count as a success if the model reaches a sensitivity of at least 0.90 and an AUROC above 0.85.\n'),
    ('', '# Background\n\n## Related work\n\nRajpurkar et al. reported an AUC of 0.76 for pneumonia on ChestX-ray14; later work reached 0.84.\n'),
    ('', '# Cohort\n\n## Data\n\nThe cohort had 12,345 admissions; 8.2% were readmitted within 30 days. Mean age 64.3 years (SD 15.1).\n'),
    ('', '# Setup\n\n## Configuration\n\n| Parameter | Value |\n|---|---|\n| threshold | 0.5 |\n| top_k | 10 |\n| temperature | 0.2 |\n'),
    ('', '# Stats\n\n## Analysis\n\nThe difference between groups was significant (p = 0.003, t = 3.1).\n'),
    ('', '# Template\n\n## Results\n\n| Metric | Value |\n|---|---|\n| AUROC | TBD |\n| F1 | — |\n'),
    ('', '# Drift\n\n## Monitoring\n\nAn alert fires when the weekly AUROC drops by more than 0.05 or the positive rate exceeds 15%.\n'),
]


# Written after batch 6's changes and measured once (12 / 12); not tuned on.
BATCH_7 = [
    ('auroc', '# Sepsis\n\n## Results\n\nArea under the ROC curve on the temporal test split: 0.79 [0.76, 0.82].\n'),
    ('sensitivity ppv', '# Fracture\n\n## Results\n\n| Site | Sensitivity (%) | PPV (%) |\n|---|---|---|\n| Wrist | 91.2 | 84.0 |\n| Hip | 88.7 | 79.5 |\n'),
    ('mae', '# Glucose\n\n## Evaluation\n\n30-minute forecasts: MAE = 14.2 mg/dL (n = 38 participants).\n'),
    ('f1', '# NER\n\n## Results\n\nEntity-level F1 reached 0.842 on the i2b2 2010 test notes.\n'),
    ('accuracy', '# QA\n\n## Results\n\nThe model answered 412 of 500 MedQA questions correctly (82.4% accuracy).\n'),
    ('c_index', '# Survival\n\n## Results\n\n- C-index (test): 0.71\n'),
    ('dice iou', '# Liver\n\n## Results\n\nMean Dice 0.912 and mean IoU 0.846 on 30 held-out CT volumes.\n'),
    ('', '# Plan\n\n## Evaluation\n\nWe will compute AUROC, AUPRC and calibration on a held-out year of data.\n'),
    ('', '# Data\n\n## Cohort\n\n| Group | n | % female |\n|---|---|---|\n| Train | 8,000 | 52.1 |\n| Test | 2,000 | 51.7 |\n'),
    ('', '# Model\n\n## Training\n\nWe used focal loss (gamma 2.0), weight decay 0.01 and a cosine schedule over 30 epochs.\n'),
    ('', '# Setup\n\n## Requirements\n\nPython 3.11, PyTorch 2.3, CUDA 12.1; 16 GB of GPU memory.\n'),
    ('', '# Dataset\n\n## Class balance\n\nPositive cases make up 7.4% of admissions; the median length of stay is 4.2 days.\n'),
]

# Written at the start of stop 18 and measured once before any change for it (13 / 14), then tuned on.
BATCH_8 = [
    ('auroc', '# Stroke\n\n## Results\n\nOur gradient-boosting model achieved a ROC-AUC of 0.812 on the external cohort.\n'),
    ('sensitivity specificity', '# DR screening\n\n## Performance\n\nAt the referable-DR threshold: sens 93.1%, spec 87.4% (n=1,748 images).\n'),
    ('f1 accuracy', '# Notes\n\n## Evaluation\n\n**Accuracy:** 91.3%  \n**Macro-F1:** 0.874\n'),
    ('mae rmse', '# LOS\n\n## Results\n\n| Horizon | MAE (days) | RMSE (days) |\n|---|---|---|\n| Admission | 1.84 | 2.97 |\n'),
    ('kappa', '# Grading\n\n## Results\n\nAgreement with the consensus grade reached a quadratic weighted kappa of 0.81.\n'),
    ('auprc', '# ICU\n\n## Results\n\nAverage precision (AP) = 0.47 versus a prevalence of 0.09.\n'),
    ('brier calibration_slope', '# Calibration\n\n## Results\n\nBrier 0.061; calibration slope 0.94 (ideal 1.0).\n'),
    ('dice', '# Polyp\n\n## Results\n\nThe U-Net reaches a mean DSC of 0.89 ± 0.06 across five folds.\n'),
    ('rouge', '# Summaries\n\n## Results\n\nROUGE-1 / ROUGE-2 / ROUGE-L: 0.48 / 0.22 / 0.44\n'),
    ('accuracy', '# MedQA\n\n## Results\n\n| Model | MedQA (acc.) |\n|---|---|\n| Llama-3-8B | 61.2 |\n| Ours | 68.9 |\n'),
    ('', '# Setup\n\n## Training\n\nEarly stopping when validation AUROC did not improve for 10 epochs; learning rate 3e-4.\n'),
    ('', '# Goals\n\n## Success criteria\n\nWe aim for a sensitivity of at least 0.90 before any pilot.\n'),
    ('', '# Cohort\n\n## Data\n\nThe test set has 12.5% positives and a mean age of 64.3 years.\n'),
    ('', '# Background\n\n## Problem\n\nExisting scores such as NEWS2 reach an AUROC of about 0.72 in published studies.\n'),
]


BATCH_9 = [
    ('auroc', '# Readmission\n\n## Results\n\nDiscrimination on the temporal test split: AUROC = .79.\n'),
    ('sensitivity specificity', '# Sepsis\n\n## Results\n\n| Threshold | Sensitivity | Specificity |\n|---|---|---|\n| 0.3 | 0.91 | 0.62 |\n| 0.5 | 0.84 | 0.75 |\n'),
    ('c_index', "# Survival\n\n## Evaluation\n\nThe Cox model's C-index was 0.71 on the validation cohort.\n"),
    ('mae', '# Beds\n\n## Backtest\n\nForecast error: 3.2 beds MAE over the 28-day backtest.\n'),
    ('f1', '# Coding\n\n## Results\n\nMicro-averaged F1 reached 0.66 on the ICD-10 top-50 codes.\n'),
    ('dice', '# Segmentation\n\n## Results\n\nDice similarity coefficient 0.842 (IQR 0.79-0.88).\n'),
    ('accuracy', '# Skin\n\n## Results\n\nWe got 87% accuracy on the held-out split.\n'),
    ('ppv sensitivity', '# Alerts\n\n## Results\n\nThe positive predictive value of the alerts was 38% at 80% sensitivity.\n'),
    ('mape', '# Demand\n\n## Results\n\nMean absolute percentage error (MAPE): 7.9% on 2023 data.\n'),
    ('auroc', '# ICU\n\n<details><summary>Results</summary>\n\nAUROC 0.77 on the test set.\n\n</details>\n'),
    ('', '# Plan\n\n## Evaluation\n\nWe will report AUROC, AUPRC and calibration once the external data arrive.\n'),
    ('', '# Cohort\n\n## Data\n\nClass balance: 8.7% positive; median length of stay 4 days.\n'),
    ('', '# Alerts\n\n## Method\n\nThe threshold was set to 0.35 to keep sensitivity above the clinical minimum.\n'),
    ('', '# Alerts\n\n## Method\n\nA clinician-set target of PPV ≥ 0.30 guided the threshold choice.\n'),
]

BATCH_10 = [
    ('auroc auprc', '# Mortality\n\n## Results\n\n| Cohort | AUROC (95% CI) | AUPRC |\n|---|---|---|\n| Internal test | 0.86 (0.84–0.88) | 0.41 |\n| External (eICU) | 0.79 (0.77–0.81) | 0.33 |\n'),
    ('sensitivity', '# Fracture\n\n## Results\n\n- Sensitivity — 0.92\n- Reads per hour saved — 14\n'),
    ('rmse', '# Glucose\n\n## Results\n\nOn the 30-minute horizon our LSTM achieves an RMSE of 18.7 mg/dL.\n'),
    ('accuracy', '# MedQA\n\n## Results\n\nThe fine-tuned model answers 71.4 % of questions correctly (accuracy), up from 58.0 %.\n'),
    ('f1', '# NER\n\n## Evaluation\n\nEntity-level F1 (strict): 0.812\n'),
    ('', '# Plan\n\n## Results\n\nResults will be added once training finishes.\n'),
    ('', '# Data\n\n## Data\n\nWe kept patients aged 18–90 with at least 2 visits; 2019–2022.\n'),
    ('', '# Model\n\n## Training\n\nDropout 0.3, weight decay 1e-4, batch size 32, 50 epochs.\n'),
    ('', '# Background\n\n## Problem\n\nClinicians miss about 30% of early sepsis cases on busy wards.\n'),
]

# Written at the start of stop 20 and measured once before any change for it.
BATCH_11 = [
    ('auroc', '# Stroke\n\n## How well it works\n\nArea under the ROC curve: 0.83 ± 0.02 over five folds.\n'),
    ('kappa', '# Grading\n\n## Agreement\n\nQuadratic-weighted kappa with the retina specialist was 0.78.\n'),
    ('mard', '# CGM\n\n## Results\n\nOverall MARD came out at 9.6% against fingerstick references.\n'),
    ('rouge', '# Notes\n\n## Scores\n\n| Model | ROUGE-L | Faithfulness (clinician) |\n|---|---|---|\n| Flan-T5 | 0.41 | 3.9 / 5 |\n'),
    ('sensitivity specificity', '# Fall\n\n## Findings\n\nWe caught 47 of 50 staged falls (94% sensitivity) with 96.5% specificity on daily-living clips.\n'),
    ('brier', '# Risk\n\n## Calibration\n\nBrier score 0.061; calibration slope close to 1.\n'),
    ('r2', '# Dose\n\n## Results\n\nThe regression explains most of the variance (R² = 0.64) on the hold-out cohort.\n'),
    ('', '# Demand\n\n## Data\n\nThe hospital logs 1,200 admissions a week; 15% are emergencies.\n'),
    ('', '# Triage\n\n## Background\n\nPrior work reported AUROC 0.88 on the same task (Smith et al., 2021).\n'),
    ('', '# Model\n\n## Training\n\nLearning rate 3e-4, 20 epochs, early stopping on validation loss with patience 5.\n'),
    ('', '# Plan\n\n## Evaluation\n\nSuccess criterion: AUROC above 0.80 on the external site before any pilot.\n'),
]


# Written in the middle of stop 20 and measured once before any change for it: 7 / 10 (a count on the
# way to the value, a colon after qualifiers, a citation after the value). Then tuned on: 10 / 10.
BATCH_12 = [
    ('auroc auprc', '# Sepsis\n\n## Results\n\n| Metric | Value |\n|---|---|\n| AUROC | 0.812 |\n| AUPRC | 0.296 |\n'),
    ('sensitivity', '# Fracture\n\n## Results\n\nAt the chosen operating point the detector flagged 91% of fractures (sensitivity) while specificity stayed near 0.7.\n'),
    ('mae', '# Beds\n\n## Results\n\n- **MAE**: 2.4 beds\n- **Coverage of the 80% interval**: 78%\n'),
    ('dice', '# Tumour\n\n## Results\n\nMean Dice across the 50 test volumes reached 0.87 ± 0.05.\n'),
    ('accuracy', '# Coding\n\n## How it went\n\nTop-1 accuracy on the held-out notes was 64.2%.\n'),
    ('f1', '# NER\n\n## Results\n\nStrict F1 on the i2b2 2009 test set: 0.87 (precision 0.89, recall 0.85).\n'),
    ('', '# Plan\n\n## Evaluation\n\nWe aim for an AUROC of at least 0.80 and will report calibration.\n'),
    ('', '# Data\n\n## Cohort\n\n12.4% of admissions were readmitted within 30 days (the prevalence).\n'),
    ('', '# Model\n\n## Setup\n\nWe used a 0.5 decision threshold and 5-fold cross-validation with 3 repeats.\n'),
    ('', '# Context\n\n## Background\n\nRadiologists reach a sensitivity of about 0.85 on this task (Lee et al.).\n'),
]


# Written at the start of stop 22 and measured once before any change for it: 14 / 16 ("X and Y were A and B,
# respectively"; "push the AUROC past 0.85"). Then tuned on: 16 / 16.
BATCH_13 = [
    ('sensitivity specificity', '# Melanoma\n\n## Results\n\nSensitivity and specificity were 0.91 and 0.84, respectively, on the ISIC 2020 hold-out.\n'),
    ('auroc', '# AKI\n\n## Results\n\nAUROC (95% CI): 0.81 (0.78–0.84) at 48 hours before the creatinine rise.\n'),
    ('f1', '# ICD coding\n\n## Evaluation\n\nThe model achieves a micro F1-score of 0.78 on the MIMIC-IV test split.\n'),
    ('mae', '# LOS\n\n## Results\n\nWe observed a mean absolute error of 1.2 days in predicted length of stay.\n'),
    ('ppv npv', '# Sepsis\n\n## Results\n\nAt the chosen threshold the PPV was 38% and the NPV 0.97.\n'),
    ('auroc', '# Falls\n\n## Results\n\nOur gradient-boosted model got 0.82 AUC on the last year of data.\n'),
    ('sensitivity', '# Arrhythmia\n\n## Results\n\nAF episodes were detected with a sensitivity of 92 percent.\n'),
    ('accuracy', '# Derm\n\n## Results\n\nWe got 88 % accuracy on the 7-class test set.\n'),
    ('auroc', '# COVID\n\n## Results\n\nAUROC improved from 0.78 (logistic regression) to 0.83 (XGBoost).\n'),
    ('mcc', '# Toxicity\n\n## Results\n\nThe Matthews correlation coefficient on the scaffold split was 0.45.\n'),
    ('spearman', '# Affinity\n\n## Results\n\nSpearman ρ = 0.62 between predicted and measured pIC50.\n'),
    ('sensitivity', '# ECG\n\n## Results\n\n| Class | Sensitivity (recall) | Support |\n|---|---|---|\n| AF | 0.83 | 412 |\n'),
    ('', '# Readmission\n\n## Data\n\nThe cohort holds 48,211 admissions from 2015–2020; 11.8% were readmitted.\n'),
    ('', '# Survival\n\n## Results\n\nThe log-rank test separated the two risk groups (p < 0.001), see figure 2.\n'),
    ('', '# Plan\n\n## Next steps\n\nWe hope to push the AUROC past 0.85 with external data from a second hospital.\n'),
    ('', '# Model\n\n## Training\n\nWe trained with a learning rate of 0.001 and a dropout of 0.2 for 30 epochs.\n'),
]


# Written at the start of stop 24 and measured once before any change for it: 12 / 16 ("P@8" and "R@5",
# precision and recall over the top k; a lone "κ" column; "A 2017 study found ..."). Then tuned on: 15 / 16.
# "κ" alone stayed a miss until stop 25: the tokenizer cut a letter outside ASCII at its first byte, so every
# Greek letter was the same word ("κ" matched "β", "Δ", "λ"). Letters are hashed whole now: 16 / 16.
BATCH_14 = [
    ('ppv', '# ICD coding\n\n## Results\n\n| Model | Micro-F1 | P@8 |\n|---|---|---|\n| CAML | 0.53 | 0.71 |\n| Ours | 0.58 | 0.74 |\n'),
    ('sensitivity', '# Guideline RAG\n\n## Retrieval\n\nOn 300 hand-written questions the retriever reached R@5 = 0.83 and MRR 0.64.\n'),
    ('auroc', '# Mortality\n\n## Evaluation\n\nThe notebook prints `roc_auc: 0.847` for the test split, in line with the validation run.\n'),
    ('f1', '# Notes\n\n## Results\n\nOur macro-averaged F1 of 0.77 beats the keyword baseline (0.61).\n'),
    ('auroc', '# AKI\n\n## Results\n\n**AUROC:** 0.79 on the 2023 temporal split.\n'),
    ('accuracy kappa', '# DR grading\n\n## Results\n\n| | Accuracy | κ |\n|---|---|---|\n| EfficientNet-B3 | 84.1% | 0.86 |\n'),
    ('auroc auprc', '# Sepsis\n\n## Results\n\n| Metric | XGBoost | LSTM |\n|---|---|---|\n| AUROC | 0.83 | 0.85 |\n| AUPRC | 0.24 | 0.27 |\n| Alerts per 100 patient-days | 4.1 | 3.8 |\n'),
    ('mae', '# ED waits\n\n## Results\n\n| Horizon | MAE (min) ↓ |\n|---|---|\n| 1 h | 11.3 |\n| 4 h | 19.8 |\n'),
    ('sensitivity specificity', '# TB\n\n## Results\n\nSens 0.88 / Spec 0.79 at the default cut-off on the Shenzhen set.\n'),
    ('dice', '# Liver\n\n## Results\n\nDice (mean ± SD) = 0.93 ± 0.03 over the 40 test scans\n'),
    ('', '# Triage\n\n## Data\n\n| Split | Patients | Positives |\n|---|---|---|\n| Train | 8,120 | 9.8% |\n| Test | 2,030 | 10.1% |\n'),
    ('', '# Hypo alerts\n\n## Method\n\nAn alarm fires when the predicted glucose falls below 3.9 mmol/L within 30 minutes.\n'),
    ('', '# Skin\n\n## Background\n\nA 2017 study found dermatologists reached 76% sensitivity on biopsy-proven melanoma.\n'),
    ('', '# Coding\n\n## Roadmap\n\n- [ ] report P@8 and macro-F1 on MIMIC-IV\n- [ ] add calibration plots\n'),
    ('', '# Beds\n\n## Setup\n\nWe keep the top 10% of wards by occupancy and tune the quantile at 0.9.\n'),
    ('', '# LLM notes\n\n## Evaluation plan\n\nFaithfulness will be judged by two clinicians on 100 notes; we expect at least 90% agreement.\n'),
]


# Written in the middle of stop 24 and measured once before any change for it: 15 / 16 ("Predicting the
# majority class gives 0.5 AUROC by construction"). Then tuned on: 16 / 16.
BATCH_15 = [
    ('auroc auprc', '# Sepsis\n\n## Results\n\nTest set: AUROC .83 | AUPRC .41 | 2,114 stays.\n'),
    ('auroc', '# AKI\n\n## Results\n\n- XGBoost\n  - AUROC: 0.82\n  - calibrated with isotonic regression\n'),
    ('sensitivity', '# TB screening\n\n## Results\n\nSensitivity was 43/50 (86%) on the culture-confirmed cases.\n'),
    ('auroc', '# Readmission\n\n## Results\n\nAUROC 0.81 → 0.84 after adding the discharge-note features.\n'),
    ('accuracy', '# Skin\n\n## Results\n\n> Accuracy on the held-out photos: 91.3%\n'),
    ('accuracy f1', '# ECG\n\n## Results\n\n✅ Accuracy: 94.2%  \n✅ Macro F1: 0.88\n'),
    ('auroc', '# Stroke\n\n## Evaluation\n\nROC AUC = 0.91 ± 0.02 (5-fold CV, patient-grouped).\n'),
    ('dice', '# Brain MRI\n\n## Results\n\n<details>\n<summary>Per-region scores</summary>\n\n| Region | Dice |\n|---|---|\n| Whole tumour | 0.89 |\n\n</details>\n'),
    ('', '# Sepsis\n\n## Methods\n\nWe ran a sensitivity analysis excluding 12 patients with missing lactate.\n'),
    ('', '# Plan\n\n## Evaluation\n\nWe report AUROC, AUPRC and the Brier score, each with a bootstrap CI.\n'),
    ('', '# Notes\n\n## Metrics\n\nScores range from 0 to 1; an AUROC of 0.5 is chance.\n'),
    ('', '# Goals\n\n## Evaluation\n\nAn accuracy of 0.9 on the test split was our target for the first release.\n'),
    ('', '# Data\n\n## Cohort\n\nThe positive class is 3.2% of 48,000 encounters; 70/15/15 split by patient.\n'),
    ('', '# Wearable\n\n## Hardware\n\nThe PPG sensor samples at 25 Hz with 0.1 bpm resolution over 30-second windows.\n'),
    ('', '# Model\n\n## Training\n\nEarly stopping on validation AUROC with patience 5; weight decay 1e-4.\n'),
    ('', '# Baselines\n\n## Results\n\nPredicting the majority class gives 0.5 AUROC by construction.\n'),
]


# Written at the start of stop 25 and measured once before any change for it: 11 / 16 (R's printed
# "Concordance= 0.712", a JSON results file, "Spearman's ρ", a metric named only in a list's lead-in
# line, and in a numbered caption below the table). Then tuned on: 15 / 16. The lead-in list stays a
# miss: no labelled README writes one.
BATCH_16 = [
    ('c_index', '# Survival\n\n## Results\n\n```\nCall:\ncoxph(formula = Surv(time, status) ~ risk_score, data = test)\n\nConcordance= 0.712  (se = 0.011 )\n```\n'),
    ('auroc auprc', '# Sepsis\n\n## Results\n\n`results/test_metrics.json`:\n\n```json\n{"auroc": 0.842, "auprc": 0.371, "n_test": 4120}\n```\n'),
    ('auroc', '# Chest X-ray\n\n## Results\n\n![ROC](figures/roc.png)\n\n*Figure 2. ROC curve on the internal test set (AUC 0.87).*\n'),
    ('spearman', "# Potency\n\n## Results\n\nSpearman's ρ between predicted and measured pIC50 was 0.62 on the scaffold split.\n"),
    ('accuracy', '# Dermatology\n\n## Results\n\nTop-1 accuracy 71.2%, top-5 accuracy 92.4% over the 23 classes.\n'),
    ('auroc', '# Readmission\n\n## Results\n\n- 0.79 AUROC on the 2022 hold-out\n- well calibrated by eye\n'),
    ('sensitivity', '# Fracture\n\n## Results\n\nSensitivity by site:\n\n- Site A: 91%\n- Site B: 87%\n'),
    ('mae', '# Theatre\n\n## Results\n\nThe mean absolute error was 17.9 minutes against 31.0 minutes for the booked durations.\n'),
    ('auroc', '# Mortality\n\n## Results\n\n| Hospital | Ours | APACHE IV |\n|---|---|---|\n| A | 0.86 | 0.81 |\n| B | 0.83 | 0.80 |\n\nTable 1: AUROC per hospital.\n'),
    ('f1', '# Coding\n\n## Results\n\nMicro-averaged F1 on MIMIC-IV top-50 codes: **0.634** (the keyword baseline: 0.412).\n'),
    ('', '# Segmentation\n\n## Results\n\n| Model | Dice |\n|---|---|\n| U-Net | 0.XX |\n| nnU-Net | 0.XX |\n'),
    ('', '# Forecast\n\n## Results\n\nMAPE: TBD (waiting for the 2025 data extract).\n'),
    ('', '# Reproduction\n\n## Background\n\nThe original paper reports a Dice of 0.91 on BraTS 2020.\n'),
    ('', '# Triage\n\n## Method\n\nWe chose the threshold 0.35 that maximised Youden\'s J on the validation set.\n'),
    ('', '# ECG\n\n## Training\n\n```\nEpoch 1/40\nloss: 0.693 - lr: 1.0e-03\n```\n\nTraining takes about 2 hours on one GPU.\n'),
    ('', '# Glucose\n\n## Data\n\nCGM readings every 5 minutes from 12 people; 14% of readings were missing and forward-filled.\n'),
]


BATCH_17 = [
    ('sensitivity', '# Fracture\n\n## Results\n\nWe measured sensitivity on the 412 test radiographs. It came out at 0.93, with 29 false negatives.\n'),
    ('auroc auprc', '# Sepsis\n\n## Results\n\n```\nmodel        AUROC   AUPRC\nlogreg       0.781   0.302\nxgboost      0.842   0.371\n```\n'),
    ('auroc', '# Deterioration\n\n## Results\n\nAUROC for each outcome:\n\n- in-hospital death: 0.88\n- ICU transfer: 0.79\n'),
    ('npv', '# Rule-out\n\n## Results\n\nThe rule-out arm had a negative predictive value of 99.1% among 2,040 chest-pain visits.\n'),
    ('sensitivity specificity', '# Screening\n\n## Results\n\n| | Held-out test |\n|---|---|\n| **Sensitivity** | 0.88 (0.83–0.92) |\n| **Specificity** | 0.91 (0.89–0.93) |\n'),
    ('mae', '# Length of stay\n\n## Results\n\nPredictions were off by 2.3 hours on average (MAE) for stays under two days.\n'),
    ('auroc', '# Glaucoma\n\n## Results\n\nAn area under the ROC curve of 0.903 was obtained on the external cohort from Site C.\n'),
    ('accuracy', '# Skin\n\n## Results\n\n```\n63/63 [==============================] - 4s 61ms/step - loss: 0.3121 - accuracy: 0.8812\nTest accuracy: 0.8812\n```\n'),
    ('rouge', "# Notes\n\n## Evaluation\n\n```python\n>>> scores\n{'rouge1': 0.452, 'rouge2': 0.213, 'rougeL': 0.418}\n```\n"),
    ('kappa', '# Retinopathy\n\n## Results\n\nQuadratic weighted kappa on the private leaderboard split: 0.79 (ensemble of five folds).\n'),
    ('dice', '# Liver\n\n## Results\n\nLiver: 0.96 Dice; tumour: 0.71 Dice (mean over 27 test scans).\n'),
    ('', '# Diabetes\n\n## Data\n\nInclusion: adults aged 18-90 with HbA1c >= 6.5% on two visits; 12.4% of records excluded.\n'),
    ('', '# Triage\n\n## Next steps\n\nWe aim for a recall of at least 0.90 before any silent pilot, and an AUROC above 0.85.\n'),
    ('', '# Imaging\n\n## Results\n\n| Metric | Value |\n|---|---|\n| AUROC | _to be filled after the run_ |\n| F1 | _pending_ |\n'),
    ('', '# ECG\n\n## Training\n\nDropout 0.3, weight decay 1e-4, learning rate 3e-4, batch size 64, 40 epochs.\n'),
    ('', '# Overview\n\n## Why\n\nDelirium affects up to 30% of older inpatients, and existing screening misses about half of cases.\n'),
]

BATCH_18 = [
    ('auroc', '# Stroke\n\n## Results\n\nOn the external cohort the area under the ROC curve dropped to 0.79 (internal: 0.86).\n'),
    ('f1', '# NER\n\n## Results\n\n| Entity | P | R | F1 |\n|---|---|---|---|\n| Drug | 0.91 | 0.88 | 0.89 |\n| Dose | 0.84 | 0.80 | 0.82 |\n'),
    ('sensitivity specificity', '# AF\n\n## Results\n\nSe/Sp = 0.94/0.97 on the MIT-BIH AF database (record-wise split).\n'),
    ('mae', '# Bed demand\n\n## Results\n\nError (MAE, beds/day)\n\n| Horizon | Prophet | LSTM |\n|---|---|---|\n| 1 day | 4.1 | 3.6 |\n| 7 days | 6.8 | 6.2 |\n'),
    ('dice', '# Prostate\n\n## Results\n\nWhole-gland segmentation: DSC 0.91 (IQR 0.88-0.93) on 40 test cases.\n'),
    ('auprc', '# Sepsis\n\n## Results\n\nBecause sepsis is rare (4.1%), we focus on PR-AUC, which reached 0.38 against 0.04 for a random ranking.\n'),
    ('accuracy', '# Cells\n\n## Results\n\n| | Predicted benign | Predicted malignant |\n|---|---|---|\n| Benign | 88 | 4 |\n| Malignant | 6 | 52 |\n\nOverall accuracy is 93.3% (140/150).\n'),
    ('bleu rouge', '# Reports\n\n## Evaluation\n\nBLEU-4 = 0.142, ROUGE-L = 0.361 on the MIMIC-CXR test split.\n'),
    ('c_index', '# Survival\n\n## Results\n\n- CoxPH: C = 0.68\n- DeepSurv: C = 0.71\n\n(C = Harrell\'s concordance index.)\n'),
    ('mcc', '# Tox\n\n## Results\n\nMatthews correlation coefficient on the scaffold test split: 0.41 ± 0.03 over five seeds.\n'),
    ('sensitivity', '# Falls\n\n## Results\n\nThe detector found 47 of the 50 staged falls (94%) with 2 false alarms in 120 hours of daily living.\n'),
    ('', '# Stroke\n\n## Background\n\nTissue plasminogen activator must be given within 4.5 hours; 1 in 4 strokes happen in people under 65.\n'),
    ('', '# Sepsis\n\n## Data\n\n40,336 patients, 2,932 (7.3%) developed sepsis; 60/20/20 split by patient.\n'),
    ('', '# Readmission\n\n## Results\n\n*Results will be added after the hospital review board approves the data release.*\n'),
    ('', '# Tox\n\n## Method\n\nMorgan fingerprints (radius 2, 2048 bits); XGBoost with max_depth 6 and eta 0.05.\n'),
    ('', '# Chatbot\n\n## Evaluation plan\n\nWe will have two clinicians grade 100 answers; we expect a hallucination rate below 5%.\n'),
]

BATCH_19 = [
    ('sensitivity specificity', '# Pneumothorax\n\n## Results\n\nAt the operating point (threshold 0.4), sensitivity and specificity were 0.91 and 0.84, respectively.\n'),
    ('auroc', '# Readmission\n\n## Results\n\nGradient boosting beat logistic regression (0.81 vs 0.74 AUROC) on the 2023 hold-out year.\n'),
    ('ppv sensitivity f1', '# Pneumonia\n\n## Results\n\n```\n              precision    recall  f1-score   support\n\n      NORMAL       0.94      0.81      0.87       234\n   PNEUMONIA       0.89      0.97      0.93       390\n\n    accuracy                           0.91       624\n```\n'),
    ('mape', '# Admissions\n\n## Results\n\nAcross the 12 test weeks the mean absolute percentage error came to 8.4%, against 13.1% for last year\'s same week.\n'),
    ('dice', '# Kidney\n\n## Results\n\nOur best checkpoint gets a mean Dice score of 0.874 on the validation fold (see `logs/val.txt`).\n'),
    ('auroc auprc', '# Sepsis\n\n## Results\n\n**ROC-AUC:** 0.912 &nbsp;|&nbsp; **PR-AUC:** 0.644\n'),
    ('accuracy', '# Skin lesions\n\n## Results\n\n```\nTest set: loss 0.221, acc 0.934\n```\n'),
    ('rmse', '# Glucose\n\n## Results\n\n| Horizon | RMSE (mg/dL) | Time lag (min) |\n|---|---|---|\n| 30 min | 18.2 | 9 |\n| 60 min | 29.7 | 17 |\n'),
    ('c_index', "# Survival\n\n## Results\n\nHarrell's C was 0.74 for the gradient-boosted survival model and 0.70 for Cox regression.\n"),
    ('brier', '# Mortality\n\n## Calibration\n\nCalibration held up well: Brier score 0.071 and a calibration slope of 0.97.\n'),
    ('kappa', "# Grading\n\n## Agreement\n\nCohen's κ between the model and the two graders was 0.78.\n"),
    ('', '# Deterioration\n\n## Evaluation\n\nWe report AUROC, AUPRC and the calibration slope on the test split; see the notebook for the numbers.\n'),
    ('', '# AF\n\n## Cohort\n\nPrevalence of AF in the cohort was 3.2%; mean age 71 (SD 9); 54% women.\n'),
    ('', '# Fall alarm\n\n## Requirements\n\nAcceptance criteria: sensitivity of at least 0.95 and no more than one false alarm per patient-day.\n'),
    ('', '# Scribe\n\n## Configuration\n\n`temperature: 0.2`, `top_p: 0.9`, `max_tokens: 1024`, retrieval `k = 5` chunks of 512 tokens.\n'),
    ('', '# Pathology\n\n## Related work\n\nCampanella et al. reached an AUC of 0.98 on prostate biopsies with weak labels.\n'),
]

def found(binary, folder, readme):
    return {m["name"] for m in facts(binary, folder, readme).get("metrics") or [] if m.get("value") is not None}


def main():
    args = arguments(__doc__)
    runs = [("1 results (tuned on)", BATCH_1), ("2 results (tuned on)", BATCH_2), ("3 results (tuned on)", BATCH_3),
            ("4 numbers that are not results", BATCH_4), ("5 results (measured, then tuned)", BATCH_5),
            ("6 mixed (measured once, then tuned)", BATCH_6), ("7 mixed (measured once)", BATCH_7),
            ("8 mixed (measured once, then tuned)", BATCH_8),
            ("9 mixed (measured once)", BATCH_9),
            ("10 mixed (measured once)", BATCH_10),
            ("11 mixed (measured once)", BATCH_11),
            ("12 mixed (measured once, then tuned)", BATCH_12),
            ("13 mixed (measured once, then tuned)", BATCH_13),
            ("14 mixed (measured once, then tuned)", BATCH_14),
            ("15 mixed (measured once, then tuned)", BATCH_15),
            ("16 mixed (measured once, then tuned)", BATCH_16),
            ("17 mixed (measured once, then tuned)", BATCH_17),
            ("18 mixed (measured once, then tuned)", BATCH_18),
            ("19 mixed (measured once, then tuned)", BATCH_19)]
    with tempfile.TemporaryDirectory() as root:
        for number, (label, batch) in enumerate(runs):
            misses = []
            for index, (expected, readme) in enumerate(batch):
                want = set(expected.split())
                got = found(args.bin, os.path.join(root, f"{number}-{index}"), readme)
                if not ((want and want <= got) or (not want and not got)):
                    misses.append(f"want {sorted(want)}, got {sorted(got)}: {readme.splitlines()[-1][:90]}")
            report(label, len(batch) - len(misses), len(batch), misses, args.verbose, width=32)


if __name__ == "__main__":
    main()
