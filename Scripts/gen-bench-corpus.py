#!/usr/bin/env python3
"""Generate a synthetic benchmark corpus of healthcare-AI portfolio projects.

Usage:
    Scripts/gen-bench-corpus.py --n 10000 --out /tmp/bench-corpus [--seed 7] [--readme-kb 8]

Writes N folders DIR/pNNNNN-<slug>/ each holding a README.md and, for about 70%
of projects, a case-study.yaml manifest.  Output is fully determined by --seed,
--n and --readme-kb.  Python 3 standard library only.

The READMEs vary the way real ones do: the six case-study parts appear under
synonym headings (Problem/Background/Motivation, ...), in ATX, numbered, emoji,
setext, HTML and bold-line styles, sometimes merged ("Results and Limitations")
or missing; fenced (``` and ~~~) and indented code containing '#' lines, HTML
comments, metric tables, prose metric claims, disclaimers, oversight sentences,
YAML front matter (~20%), CRLF line endings (~5%) and some non-ASCII text.
"""

import argparse
import json
import math
import os
import random
import re
import sys
import time

# --------------------------------------------------------------------------
# Domain vocabulary
# --------------------------------------------------------------------------

DOMAINS = {
    "imaging": {
        "tasks": [
            "chest X-ray triage", "diabetic retinopathy grading", "skin lesion classification",
            "lung nodule detection on low-dose CT", "mammography density estimation",
            "brain tumour segmentation on MRI", "wrist fracture detection", "histopathology patch classification",
            "knee osteoarthritis grading", "pneumothorax segmentation", "intracranial haemorrhage detection on head CT",
            "echocardiogram view classification",
        ],
        "models": ["DenseNet-121", "ResNet-50", "EfficientNet-B3", "U-Net", "nnU-Net", "ViT-B/16",
                   "Swin-T", "YOLOv8", "ConvNeXt-Tiny", "Mask R-CNN"],
        "datasets": ["NIH ChestX-ray14", "CheXpert", "MIMIC-CXR", "EyePACS", "APTOS 2019", "ISIC 2020",
                     "LIDC-IDRI", "BraTS 2021", "CBIS-DDSM", "CAMELYON16", "MURA", "RSNA Pneumonia Detection",
                     "SIIM-ACR Pneumothorax", "RSNA Intracranial Hemorrhage"],
        "metrics": ["AUROC", "Sensitivity", "Specificity", "Dice", "IoU", "AUPRC", "PPV", "NPV",
                    "Cohen's kappa", "Accuracy"],
        "users": ["radiologist", "ophthalmologist", "dermatologist", "pathologist", "reporting radiographer"],
        "tools": ["PyTorch", "MONAI", "timm", "pydicom", "Orthanc", "OpenCV", "albumentations", "SimpleITK"],
        "words": ["studies", "images", "scans", "slides", "films"],
    },
    "precision": {
        "tasks": [
            "warfarin dose prediction from pharmacogenomics", "polygenic risk scoring for coronary disease",
            "tumour subtype prediction from RNA-seq", "variant pathogenicity ranking",
            "survival prediction in breast cancer", "treatment response prediction in melanoma",
            "HLA-aware drug hypersensitivity screening", "germline variant prioritisation",
        ],
        "models": ["XGBoost", "elastic-net logistic regression", "random forest", "Cox proportional hazards",
                   "DeepSurv", "a gene-expression transformer", "LightGBM", "a Bayesian hierarchical model"],
        "datasets": ["TCGA", "UK Biobank", "gnomAD", "ClinVar", "1000 Genomes", "GTEx", "cBioPortal",
                     "IWPC warfarin cohort", "METABRIC", "PharmGKB"],
        "metrics": ["C-index", "AUROC", "MAE", "R²", "Brier score", "Calibration slope", "AUPRC", "Accuracy"],
        "users": ["clinical geneticist", "oncologist", "clinical pharmacist", "genetic counsellor"],
        "tools": ["scikit-learn", "lifelines", "Hail", "bcftools", "pandas", "PyTorch", "R/Bioconductor"],
        "words": ["samples", "patients", "variants", "tumours", "genomes"],
    },
    "drug-discovery": {
        "tasks": [
            "molecular property prediction", "ADMET toxicity screening", "protein-ligand binding affinity prediction",
            "de novo molecule generation", "drug-target interaction prediction", "solubility prediction",
            "hERG liability flagging", "retrosynthesis route ranking",
        ],
        "models": ["a GIN graph neural network", "ChemBERTa", "Chemprop D-MPNN", "random forest on ECFP4",
                   "SchNet", "REINVENT", "a message-passing neural network", "gradient boosting on RDKit descriptors"],
        "datasets": ["ChEMBL 33", "Tox21", "MoleculeNet", "PDBbind 2020", "ZINC15", "BindingDB", "DrugBank",
                     "ESOL", "ClinTox", "USPTO-50k"],
        "metrics": ["RMSE", "ROC-AUC", "Spearman rho", "Enrichment factor", "Validity", "Novelty", "MAE", "PR-AUC"],
        "users": ["medicinal chemist", "computational chemist", "toxicologist"],
        "tools": ["RDKit", "DeepChem", "PyTorch Geometric", "OpenMM", "AutoDock Vina", "Optuna"],
        "words": ["compounds", "molecules", "assays", "complexes", "scaffolds"],
    },
    "operations": {
        "tasks": [
            "30-day readmission prediction", "emergency department length-of-stay forecasting",
            "outpatient no-show prediction", "bed occupancy forecasting", "operating theatre scheduling",
            "sepsis early warning", "ICU discharge readiness", "ambulance demand forecasting",
        ],
        "models": ["LightGBM", "gradient-boosted trees", "Prophet", "an LSTM", "logistic regression",
                   "a temporal fusion transformer", "CatBoost", "a mixed-integer program"],
        "datasets": ["MIMIC-IV", "eICU-CRD", "Synthea synthetic EHR", "a de-identified hospital extract",
                     "CMS Hospital Readmissions", "HCUP NRD", "NHS A&E statistics"],
        "metrics": ["AUROC", "MAE", "MAPE", "F1", "Recall", "Calibration slope", "RMSE", "Brier score"],
        "users": ["bed manager", "care coordinator", "charge nurse", "discharge planner", "operations analyst"],
        "tools": ["pandas", "scikit-learn", "LightGBM", "dbt", "Airflow", "SHAP", "FastAPI", "Streamlit"],
        "words": ["admissions", "encounters", "visits", "patients", "episodes"],
    },
    "remote-monitoring": {
        "tasks": [
            "atrial fibrillation detection from wearable PPG", "fall detection from accelerometry",
            "COPD exacerbation prediction", "glucose forecasting in type 1 diabetes",
            "heart failure decompensation alerts", "sleep apnoea screening", "post-operative wound photo triage",
            "hypertension home-reading review",
        ],
        "models": ["a 1D CNN", "an LSTM", "a temporal convolutional network", "gradient boosting on HRV features",
                   "a Kalman filter with XGBoost", "a small transformer", "isolation forest"],
        "datasets": ["PhysioNet 2017 AF Challenge", "MIT-BIH Arrhythmia", "OhioT1DM", "WESAD", "SisFall",
                     "Apnea-ECG", "PTB-XL", "MIMIC-III Waveform"],
        "metrics": ["Sensitivity", "Specificity", "F1", "RMSE", "MAE", "False alarms per day", "Time in range",
                    "AUROC"],
        "users": ["remote-monitoring nurse", "cardiologist", "diabetes specialist nurse", "community matron"],
        "tools": ["NumPy", "SciPy", "wfdb", "neurokit2", "PyTorch", "TensorFlow Lite", "MQTT", "InfluxDB"],
        "words": ["recordings", "patients", "nights", "readings", "episodes"],
    },
    "genai-docs": {
        "tasks": [
            "discharge summary drafting", "clinical note summarisation", "ICD-10 coding assistance",
            "patient portal message triage", "radiology report simplification",
            "prior authorisation letter drafting", "medication reconciliation from free text",
            "referral letter extraction",
        ],
        "models": ["Llama 3 8B with LoRA", "GPT-4o via API", "Mistral 7B Instruct", "BioClinicalBERT",
                   "retrieval-augmented generation over FAISS", "Flan-T5-XL", "Phi-3-mini", "MedAlpaca"],
        "datasets": ["MIMIC-IV-Note", "MIMIC-III discharge notes", "n2c2 2018", "MedQA", "PubMedQA",
                     "synthetic notes", "i2b2 2010", "MTSamples"],
        "metrics": ["ROUGE-L", "BERTScore", "F1", "Exact match", "Hallucination rate", "Factuality",
                    "Clinician preference", "Accuracy"],
        "users": ["physician", "clinical coder", "nurse", "ward doctor", "practice manager"],
        "tools": ["Hugging Face Transformers", "LangChain", "vLLM", "FAISS", "spaCy", "medspaCy", "FastAPI"],
        "words": ["notes", "letters", "messages", "summaries", "documents"],
    },
}
DOMAIN_NAMES = list(DOMAINS)

# metric name -> (low, high, decimals, kind) ; kind: "prob" 0-1, "pct", "err" (lower is better), "count"
METRIC_SPEC = {
    "AUROC": (0.68, 0.96, 3, "prob"), "ROC-AUC": (0.68, 0.94, 3, "prob"), "AUPRC": (0.35, 0.88, 3, "prob"),
    "PR-AUC": (0.30, 0.85, 3, "prob"), "Sensitivity": (0.62, 0.98, 3, "prob"),
    "Specificity": (0.55, 0.97, 3, "prob"), "PPV": (0.20, 0.85, 3, "prob"), "NPV": (0.80, 0.995, 3, "prob"),
    "Dice": (0.62, 0.93, 3, "prob"), "IoU": (0.50, 0.87, 3, "prob"), "Cohen's kappa": (0.55, 0.90, 2, "prob"),
    "Accuracy": (0.70, 0.97, 3, "prob"), "C-index": (0.60, 0.82, 3, "prob"), "MAE": (0.8, 14.0, 2, "err"),
    "R²": (0.20, 0.78, 2, "prob"), "Brier score": (0.05, 0.24, 3, "err"), "Calibration slope": (0.78, 1.15, 2, "prob"),
    "RMSE": (0.4, 22.0, 2, "err"), "Spearman rho": (0.35, 0.82, 2, "prob"), "Enrichment factor": (3.0, 28.0, 1, "count"),
    "Validity": (0.85, 0.999, 3, "prob"), "Novelty": (0.40, 0.98, 2, "prob"), "MAPE": (4.0, 25.0, 1, "pct"),
    "F1": (0.52, 0.93, 3, "prob"), "Recall": (0.55, 0.95, 3, "prob"), "False alarms per day": (0.1, 3.5, 2, "count"),
    "Time in range": (55.0, 85.0, 1, "pct"), "ROUGE-L": (0.22, 0.52, 3, "prob"), "BERTScore": (0.80, 0.92, 3, "prob"),
    "Exact match": (0.30, 0.82, 3, "prob"), "Hallucination rate": (1.0, 18.0, 1, "pct"),
    "Factuality": (0.70, 0.96, 2, "prob"), "Clinician preference": (35.0, 78.0, 1, "pct"),
}

FIRST = ["Ada", "Bilal", "Chen", "Dana", "Emeka", "Fatima", "Gustav", "Hana", "Ines", "Jonas", "Kiri", "Lena",
         "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tomasz", "Uma", "Vikram", "Wen", "Yara", "Zoë",
         "José", "Ngozi", "Søren", "Aiko", "Björn"]
LAST = ["Okafor", "Nguyen", "Schmidt", "García", "Kowalski", "Patel", "Haddad", "Lindqvist", "Moreau", "Tanaka",
        "Mensah", "O'Brien", "Rossi", "Novak", "Ibrahim", "Kim", "Alvarez", "Müller", "Dubois", "Sato"]

STANDARDS = ["FHIR R4", "HL7 v2", "DICOM", "HL7 CDA", "OMOP CDM", "FHIR", "DICOMweb", "SNOMED CT", "LOINC", "ICD-10"]
REGS = ["HIPAA", "GDPR", "the EU MDR", "the EU AI Act", "FDA SaMD guidance", "UK GDPR", "the NHS DSPT", "ISO 13485",
        "IEC 62304", "the 21st Century Cures Act"]
PHI = ["PHI", "protected health information", "personal health data", "identifiable patient data", "PHI/PII"]
SYSTEMS = ["the EHR", "Epic", "Cerner", "the PACS", "the RIS", "the LIMS", "the patient portal", "the EHR inbox",
           "an Orthanc server", "a FHIR server"]
POPULATIONS = ["adults aged 18 and over", "ICU patients", "outpatients", "patients over 65", "inpatients on medical wards",
               "children under 16", "patients with type 2 diabetes", "post-operative patients",
               "people with heart failure", "pregnant patients"]
SPLITS = ["held-out test set", "temporal validation set", "external validation cohort", "internal test split",
          "five-fold cross-validation", "patient-level test split", "prospective silent-mode sample"]
SITES = ["a single academic centre", "two community hospitals", "three sites", "one teaching hospital",
         "a regional health network", "a public dataset from one institution", "five hospitals in one region"]
VERBS_IMPROVE = ["improved", "raised", "increased", "lifted", "boosted"]
VERBS_REDUCE = ["reduced", "cut", "lowered", "brought down", "decreased"]
ADJ = ["noisy", "imbalanced", "incomplete", "small", "skewed", "heterogeneous", "sparse", "retrospective"]
TIMES = ["two weeks", "a month", "three months", "a quarter", "six weeks", "the next release", "Q3", "spring"]
LANGS = ["bash", "python", "sh", "yaml", "json", "text", "console", "toml", "sql", "", "dockerfile"]
UNICODE_BITS = ["≥", "≤", "±", "→", "–", "—", "µg", "naïve", "café", "°C", "×", "✓", "…", "Ω", "β-blocker", "α"]
EMOJI = {"problem": ["🩺", "❓", "🎯"], "data": ["📊", "🗂️", "💾"], "approach": ["🧠", "🛠️", "⚙️"],
         "evaluation": ["📈", "✅", "🧪"], "limitations": ["⚠️", "🚧", "❗"], "next": ["🚀", "🔭", "🗺️"],
         "other": ["📦", "📝", "🔧", "📄", "🙏"]}

PART_NAMES = {
    "problem": ["Problem", "Background", "Motivation", "Problem Statement", "Clinical Problem", "Why this matters",
                "The problem", "Context", "Clinical need"],
    "data": ["Data", "Dataset", "Data Sources", "Datasets", "Data and Cohort", "Cohort", "Data Source", "The data"],
    "approach": ["Approach", "Methods", "Model", "Methodology", "Modelling", "Method", "How it works",
                 "Model Architecture", "Technical approach"],
    "evaluation": ["Evaluation", "Results", "Performance", "Evaluation and Results", "Validation", "Metrics",
                   "Results & Evaluation", "How well does it work?"],
    "limitations": ["Limitations", "Risks", "Known issues", "Known Limitations", "Caveats", "Risks and Limitations",
                    "Limitations & Risks", "What it can't do"],
    "next": ["Next Steps", "Future Work", "Roadmap", "What's next", "Next steps", "TODO", "Future directions",
             "Planned work"],
}
PARTS = ["problem", "data", "approach", "evaluation", "limitations", "next"]
COMBINED = [
    (("evaluation", "limitations"), ["Results and Limitations", "Results & Limitations", "Performance and Known Issues"]),
    (("data", "approach"), ["Data & Methods", "Data and Approach", "Dataset and Model"]),
    (("limitations", "next"), ["Limitations / Next Steps", "Limitations and Future Work", "Risks & Roadmap"]),
    (("approach", "evaluation"), ["Approach and Evaluation", "Methods and Results", "Model & Performance"]),
    (("problem", "data"), ["Problem & Data", "Background and Data"]),
]

# --------------------------------------------------------------------------
# Sentence templates (slots in braces; filled per sentence)
# --------------------------------------------------------------------------

T_PROBLEM = [
    "Every day {users} spend a large part of their shift on {task}, and most of that work is repetitive.",
    "In many hospitals, {task} is still done by hand, which delays care for {population}.",
    "Backlogs in {task} mean that the sickest {words} can wait behind routine ones.",
    "The clinical question is narrow: can a model support {task} without taking the decision away from the {user}?",
    "Published work on {task} often reports strong numbers on curated data but little about deployment.",
    "Manual {task} varies between readers; inter-rater agreement in the literature is only moderate.",
    "Delays in {task} are associated with longer stays and avoidable harm, especially for {population}.",
    "This project looks at whether {model} can help with {task} at {site}.",
    "{users_cap} told us that the hardest part of {task} is deciding what to look at first.",
    "The goal is prioritisation, not diagnosis: the tool reorders work and never removes an item from the queue.",
    "Current practice relies on rules of thumb that were written before {standard} feeds were available.",
    "Roughly {pct}% of {words} in the audit period needed follow-up that was recorded late.",
    "A faster first pass at {task} could free {users} for the cases that need judgement.",
    "We framed {task} as a supervised learning problem with labels taken from routine records.",
    "Health systems are under pressure to do more with fewer staff, and {task} is one obvious bottleneck.",
    "The motivating use case came from a conversation with a {user} at {site}.",
    "Most existing tools for {task} are closed, expensive, or validated only on {population}.",
    "Patients and carers rarely see how decisions about {task} are made.",
    "This repository is a portfolio case study, written to show how I approach {task} end to end.",
    "Getting {task} wrong has costs on both sides: missed cases and alert fatigue.",
    "The underlying problem is not new; what is new is the availability of {dataset} at scale.",
    "Workload for {users} grew by about {pct}% over the last {years} years while staffing stayed flat.",
    "We wanted to understand whether a simple baseline already captures most of the signal for {task}.",
    "Equity matters here: {population} are under-represented in most training sets for {task}.",
    "The question was scoped with input from two {users} and an information-governance lead.",
    "Time-to-decision for {task} is currently measured in hours, and the target is minutes.",
    "Existing risk scores for {task} were derived decades ago and are poorly calibrated today.",
    "Our hypothesis was that data already in {system} carries enough signal for {task}.",
    "The work is motivated by a real gap, but this repository does not claim to close it.",
    "Clinicians asked for something they could audit, so interpretability was a requirement from day one.",
    "Interest in AI for {task} has outpaced evidence that it helps patients.",
    "The intended setting is {site}, where {users} already triage by hand.",
    "In short, {task} is important, slow and error-prone, which makes it a reasonable target.",
    "I chose {task} because the data is public and the clinical workflow is well documented.",
    "Nothing here replaces a {user}; the aim is to make their queue easier to manage.",
    "A {pct}% reduction in time spent on {task} would be meaningful for a busy department.",
    "Background reading included guidance on {reg} and published evaluations of {task} tools.",
    "The team's earlier prototype for {task} was abandoned because it could not be explained to {users}.",
]

T_DATA = [
    "We used {dataset}, which contains {n} {words} from {site}.",
    "The cohort includes {n} {words} collected between {year} and {year2}.",
    "Data came from {dataset} under its standard data-use agreement.",
    "All records were de-identified before we received them; no {phi} is stored in this repository.",
    "Labels were derived from {system} using a rule-based extractor, so some noise is expected.",
    "Patients were split at the patient level to avoid leakage between train and test.",
    "The class balance is {pct}% positive, so we report precision-recall metrics alongside ROC.",
    "Inputs were exported as {standard} resources and flattened into a tabular format.",
    "We excluded {words} with missing timestamps ({n_small} in total).",
    "The raw data is not redistributed; see the download script for how to obtain it.",
    "A {n_small}-record sample of synthetic data is included under `data/sample/` for testing.",
    "Roughly {pct}% of {words} had at least one missing field, handled by {impute}.",
    "Access to {dataset} requires credentialing and a completed human-subjects training course.",
    "Data handling follows {reg}; the processing machine has encrypted disks and no internet access.",
    "The training set has {n} {words}, validation {n_small}, and test {n_small2}.",
    "Demographics were recorded for age and sex only; race and ethnicity were not available.",
    "Images were converted from DICOM to 16-bit PNG after windowing.",
    "Free-text fields were scrubbed with a de-identification pipeline before any modelling.",
    "We harmonised units (mg/dL vs mmol/L) and removed physiologically impossible values.",
    "Codes were mapped to {standard} concepts so the pipeline could run at another site.",
    "{dataset} is publicly available under a research licence; check its terms before reuse.",
    "A data dictionary is provided in `docs/data-dictionary.md`.",
    "Labels were reviewed by a {user} on a random subset of {n_small} {words}; agreement was {pct}%.",
    "The dataset over-represents {population}, which limits how far results generalise.",
    "Timestamps were shifted per patient, as in the original release, so seasonality is unreliable.",
    "We also pulled {n_small} {words} from {dataset2} as an external check.",
    "No data from real patients at any partner site is stored in this repository.",
    "Preprocessing is deterministic and scripted in `src/prep.py`; rerunning it reproduces the splits.",
    "Consent was covered by the original study; this project performs secondary analysis only.",
    "We kept a temporal hold-out: everything after {year2} is used only for testing.",
    "Duplicate {words} (same patient, same day) were collapsed, removing {n_small} rows.",
    "Feature extraction uses {n_feat} variables from vitals, labs, medications and prior utilisation.",
    "Missing lab values were left missing for tree models and imputed for linear ones.",
    "The label of interest occurs in {pct}% of encounters, which is close to published rates.",
    "External data from {dataset2} was used only for validation, never for training.",
    "HL7 v2 ADT messages were parsed to reconstruct admission and discharge times.",
    "Data quality checks (ranges, duplicates, impossible dates) run in CI on the synthetic sample.",
    "Because of {reg}, the full dataset never leaves the secure research environment.",
]

T_APPROACH = [
    "The core model is {model}, trained with {tool} on a single GPU.",
    "We started with a logistic-regression baseline and moved to {model} only when it clearly helped.",
    "Hyperparameters were tuned with {n_small2} trials of random search on the validation split.",
    "The decision threshold was fixed on validation data before the test set was opened.",
    "Class imbalance was handled with {balance}.",
    "Inputs are normalised per channel; augmentation uses flips, small rotations and intensity jitter.",
    "The pipeline is packaged as a CLI and a small {tool} service for the demo.",
    "Predictions are written back as {standard} resources so they could be shown in {system}.",
    "We used early stopping on validation loss with a patience of {k} epochs.",
    "Model calibration was checked and corrected with isotonic regression.",
    "Explanations use SHAP values for tabular models and Grad-CAM for image models.",
    "Training takes about {hours} hours on one A100; inference is under {ms} ms per item on CPU.",
    "All experiments are tracked with MLflow, and every run records its git commit.",
    "The architecture is deliberately simple so that failure modes are easier to study.",
    "We compared {model} against {model2} under the same splits and budget.",
    "Features were selected with domain input rather than automated search.",
    "A rules layer runs before the model to catch obvious cases and hard stops.",
    "The model outputs a score between 0 and 1; the UI shows bands rather than raw numbers.",
    "Prompts are versioned in `prompts/` and evaluated against a fixed set of {n_small} cases.",
    "Retrieval uses a FAISS index over guideline text; generated text cites the passages it used.",
    "Random seeds are fixed and the environment is pinned in `requirements.lock`.",
    "Transfer learning from ImageNet weights gave a clear improvement over training from scratch.",
    "We trained with mixed precision and a cosine learning-rate schedule starting at {lr}.",
    "The loss is binary cross-entropy with label smoothing of 0.1.",
    "A small ensemble of {k} models is used at inference; agreement is shown as a confidence cue.",
    "Everything runs in Docker, and the demo needs only `docker compose up`.",
    "The {tool} implementation follows the reference paper with minor changes documented in `NOTES.md`.",
    "Time-series inputs are resampled to {k}-minute bins and windowed over the previous {hours} hours.",
    "We used nested cross-validation to avoid optimistic hyperparameter selection.",
    "Inference is batched and the service exposes a {standard}-compatible endpoint.",
    "Sensitive attributes are not used as inputs but are kept aside for subgroup analysis.",
    "The fine-tuning run used LoRA with rank {k} and took about {hours} hours.",
    "Output post-processing removes any text that looks like a name, date of birth or MRN.",
    "Thresholds were chosen to give a sensitivity of about {pct}% on validation.",
    "Model cards and data sheets are in `docs/` and follow the usual templates.",
    "We chose {model} because it is well understood and cheap to run at {site}.",
]

T_EVAL = [
    "On the {split}, the model reached {mv}.",
    "The model achieved {mv} on the {split}, compared with {mv2} for the baseline.",
    "We report {metric} with 95% bootstrap confidence intervals ({n_small2} resamples).",
    "Performance dropped to {mv} on the {split}, which is the number we trust most.",
    "At the chosen threshold the model flags {pct}% of {words}.",
    "Subgroup results by age and sex are in `results/subgroups.csv`; the largest gap was {gap} points of {metric}.",
    "Calibration was reasonable, with a slope of {slope} and intercept near zero.",
    "A {user} review of {n_small} outputs found {pct}% acceptable without edits.",
    "The model {improve} {metric} by {gap} points over the existing rule-based score.",
    "Decision-curve analysis shows net benefit over treat-all between thresholds of 0.1 and 0.4.",
    "Results are from a single run; seeds changed {metric} by less than 0.01.",
    "Accuracy alone is misleading here because of class imbalance, so we emphasise {metric}.",
    "Error analysis shows most false negatives are {fn_reason}.",
    "We did not tune on the test set; it was evaluated once at the end.",
    "Median latency was {ms} ms per item with a p95 of {ms2} ms.",
    "Compared with published work on {dataset}, our {metric} is in the middle of the range.",
    "In a silent-mode run over {n_small} {words}, alert volume was {alerts} per day.",
    "The {metric} confidence interval is wide because the positive class is small.",
    "Hallucinated facts appeared in {pct}% of generated texts, mostly dates and doses.",
    "Agreement between model and {user} was kappa {kappa}.",
    "Performance was similar across sites, with the exception of {site}.",
    "Results are reported following TRIPOD+AI where it applies.",
    "Sensitivity was {pct}% at a specificity of {pct2}%.",
    "Full metrics, including confusion matrices, are written to `results/metrics.json`.",
    "External validation on {dataset2} gave {mv}, a drop we expected.",
    "The model {reduce} average review time by {pct}% in a small simulated reading study.",
    "We compared against {users} on a {n_small}-case reader study; the model was not better than the best reader.",
    "Numbers below are on the test set unless stated otherwise.",
    "Performance degrades for {population}; see the subgroup table.",
    "Bootstrap CIs and per-subgroup results are produced by `make evaluate`.",
]

T_LIMIT = [
    "The model was trained on data from {site}, so performance elsewhere is unknown.",
    "Labels are {adj} and were derived from routine documentation, not adjudicated ground truth.",
    "Race and ethnicity were not available, so fairness across those groups was not assessed.",
    "Retrospective evaluation does not show that outcomes improve when the tool is used.",
    "The tool may encourage automation bias if {users} over-trust its output.",
    "Performance is lower for {population}, who are under-represented in the data.",
    "Dataset shift (new scanners, coding changes, new populations) will degrade performance over time.",
    "Generated text can contain plausible but wrong statements, including wrong doses.",
    "The threshold trades missed cases against alert burden; about 1 in {k} positives is not flagged.",
    "No prospective or silent-mode evaluation has been done at a real site.",
    "The demo UI has not had usability testing with {users}.",
    "Explanations are post hoc and can be misleading; they are not evidence of causal reasoning.",
    "The model has not been assessed under {reg} or any regulatory framework.",
    "Small sample sizes in some subgroups make their metrics unstable.",
    "Timestamps in {dataset} are shifted, so time-of-day effects cannot be studied.",
    "Integration with {system} is mocked; a real deployment needs interface work and security review.",
    "We did not evaluate robustness to adversarial or corrupted inputs.",
    "Costs and workload effects were not measured.",
    "The label definition may not match what {users} consider clinically important.",
    "Input data quality in production would be worse than in the curated research extract.",
    "Prompt changes can silently change behaviour; regression tests cover only {n_small} cases.",
    "The approach assumes complete {standard} feeds, which many sites do not have.",
    "Confidence scores are not calibrated probabilities for every subgroup.",
    "Known failure modes include {fn_reason}.",
]

T_NEXT = [
    "Run an external validation at a second site with adjudicated labels.",
    "Set up a silent-mode pilot where predictions are logged but not shown, for {time}.",
    "Add drift monitoring on input distributions and alert rates.",
    "Work with {users} on a usability study of the interface.",
    "Publish predictions as {standard} resources and test them against a sandbox copy of {system}.",
    "Complete a data protection impact assessment under {reg}.",
    "Investigate performance for {population} with targeted data collection.",
    "Replace {model} with a smaller model that can run on CPU at the edge.",
    "Write a proper model card and share it with the clinical safety officer.",
    "Explore whether {task} benefits from adding free-text notes.",
    "Add a calibration-monitoring dashboard for the operations team.",
    "Package the pipeline so another site can run it on their own data without sharing it.",
    "Review the regulatory pathway (SaMD classification) before any clinical pilot.",
    "Extend the evaluation set to {n_small} cases reviewed by two {users}.",
    "Reduce alert volume by {pct}% without losing sensitivity.",
    "Compare against a simple clinical rule to check the model earns its complexity.",
    "Plan a prospective study with a pre-registered protocol.",
    "Collect feedback from patients on how results should be communicated.",
    "Move prompts and evaluation sets into version-controlled fixtures, targeting {time}.",
    "Add continuous integration for the evaluation so metric regressions fail the build.",
]

T_OVERSIGHT = [
    "A {user} reviews every output before anything reaches the patient record.",
    "The tool only reorders the worklist; a {user} still reads every item.",
    "Clinicians can override or dismiss any suggestion, and overrides are logged for review.",
    "Human-in-the-loop review is mandatory: drafts are never sent without sign-off by a {user}.",
    "Final decisions remain with the treating clinician at all times.",
    "Alerts go to a {user}, who decides whether to act; there is no automated action.",
    "Human oversight is built into the workflow: the model suggests, a {user} decides.",
    "A clinical safety officer reviews the hazard log before each release.",
]

T_DISCLAIMER = [
    "Not for clinical use.",
    "This project is for research purposes only and is not a medical device.",
    "For research and educational purposes only; do not use for diagnosis or treatment.",
    "Not for clinical use. This is a portfolio project, not a cleared or approved medical device.",
    "This software has not been validated for clinical decision-making.",
    "Research prototype. Not intended for use in patient care.",
    "For research purposes only. Outputs must not be used to make decisions about real patients.",
    "This repository contains no patient data and the model is not approved by the FDA or any notified body.",
]

T_GENERAL = [
    "See `docs/` for design notes and decision records.",
    "Questions and issues are welcome via the tracker.",
    "The code is organised so that each stage can be run on its own.",
    "I wrote this as part of a portfolio, so some shortcuts are documented rather than fixed.",
    "Configuration lives in `config.yaml`; every option has a comment.",
    "The notebook in `notebooks/` walks through the main results.",
    "Contributions that improve testing or documentation are especially welcome.",
    "Screenshots of the demo are in `docs/img/`.",
]

SECTION_TEMPLATES = {"problem": T_PROBLEM, "data": T_DATA, "approach": T_APPROACH, "evaluation": T_EVAL,
                     "limitations": T_LIMIT, "next": T_NEXT}

FN_REASONS = ["subtle findings on low-quality inputs", "cases with devices or lines obscuring the signal",
              "patients with very short records", "rare subtypes seen fewer than ten times in training",
              "atypical presentations in older patients", "notes with heavy abbreviation"]
IMPUTE = ["median imputation with missingness indicators", "carrying forward the last observation",
          "multiple imputation by chained equations", "leaving values missing for the tree model"]
BALANCE = ["class weights", "focal loss", "oversampling of the positive class", "balanced mini-batches"]

_SLOT = re.compile(r"\{(\w+)\}")


class Gen:
    """Holds the RNG and the per-project context used to fill slots."""

    def __init__(self, rng):
        self.r = rng
        self.ctx = None
        self.cache = {}

    # ---- numbers ------------------------------------------------------
    def metric_value(self, name):
        lo, hi, dec, kind = METRIC_SPEC.get(name, (0.6, 0.95, 3, "prob"))
        return round(self.r.uniform(lo, hi), dec)

    def fmt_metric(self, name, value=None):
        r = self.r
        v = self.metric_value(name) if value is None else value
        kind = METRIC_SPEC.get(name, (0, 0, 3, "prob"))[3]
        if kind == "pct":
            vs = f"{v}%"
        elif kind == "prob" and name in ("Sensitivity", "Specificity", "Accuracy", "Recall", "PPV", "NPV") and r.random() < 0.4:
            vs = f"{v * 100:.1f}%"
        else:
            vs = f"{v}"
        style = r.random()
        if style < 0.35:
            return f"{name} of {vs}"
        if style < 0.55:
            return f"an {name} of {vs}" if name[0] in "AEIOUFHLMNRSX" else f"a {name} of {vs}"
        if style < 0.8:
            d = max(0.005, abs(v) * 0.02)
            lo_, hi_ = v - d, v + d
            dash = "–" if r.random() < 0.3 else "-"
            if kind == "prob":
                return f"{name} {vs} (95% CI {lo_:.3f}{dash}{hi_:.3f})"
            return f"{name} {vs} (95% CI {lo_:.2f}{dash}{hi_:.2f})"
        if style < 0.9:
            return f"{name} = {vs}"
        return f"{name} {vs} ± {max(0.001, abs(v) * 0.01):.3f}"

    def slot(self, name):
        r = self.r
        c = self.ctx
        if name in self.cache:
            return self.cache[name]
        if name == "task":
            v = c["task"] if r.random() < 0.92 else r.choice(c["dom"]["tasks"])
        elif name == "model":
            v = c["model"] if r.random() < 0.9 else r.choice(c["dom"]["models"])
        elif name == "model2":
            v = r.choice(c["dom"]["models"])
        elif name == "dataset":
            v = c["dataset"] if r.random() < 0.85 else r.choice(c["dom"]["datasets"])
        elif name == "dataset2":
            v = r.choice(c["dom"]["datasets"])
        elif name == "user":
            v = r.choice(c["dom"]["users"])
        elif name in ("users", "users_cap"):
            v = r.choice(c["dom"]["users"]) + "s"
            if name == "users_cap":
                v = v[0].upper() + v[1:]
        elif name == "words":
            v = r.choice(c["dom"]["words"])
        elif name == "tool":
            v = r.choice(c["dom"]["tools"])
        elif name == "metric":
            v = r.choice(c["metrics"])
        elif name in ("mv", "mv2", "mv_cap"):
            v = self.fmt_metric(r.choice(c["metrics"]))
            if name == "mv_cap":
                v = v[0].upper() + v[1:]
        elif name == "n":
            v = f"{r.randint(1200, 240000):,}"
        elif name in ("n_small", "n_small2"):
            v = str(r.randint(20, 900))
        elif name == "n_feat":
            v = str(r.randint(12, 320))
        elif name in ("pct", "pct2"):
            v = str(r.randint(3, 96)) if r.random() < 0.6 else f"{r.uniform(1, 97):.1f}"
        elif name == "gap":
            v = f"{r.uniform(0.5, 9.0):.1f}"
        elif name == "slope":
            v = f"{r.uniform(0.8, 1.2):.2f}"
        elif name == "kappa":
            v = f"{r.uniform(0.45, 0.9):.2f}"
        elif name in ("ms", "ms2"):
            v = str(r.randint(8, 900))
        elif name == "hours":
            v = str(r.randint(1, 48))
        elif name == "k":
            v = str(r.randint(3, 16))
        elif name == "alerts":
            v = f"{r.uniform(0.2, 12):.1f}"
        elif name == "lr":
            v = r.choice(["1e-4", "3e-4", "5e-5", "2e-5", "1e-3"])
        elif name == "year":
            v = str(r.randint(2008, 2019))
        elif name == "year2":
            v = str(r.randint(2020, 2024))
        elif name == "years":
            v = str(r.randint(2, 10))
        elif name == "standard":
            v = r.choice(STANDARDS)
        elif name == "reg":
            v = r.choice(REGS)
        elif name == "phi":
            v = r.choice(PHI)
        elif name == "system":
            v = r.choice(SYSTEMS)
        elif name == "population":
            v = r.choice(POPULATIONS)
        elif name == "split":
            v = r.choice(SPLITS)
        elif name == "site":
            v = r.choice(SITES)
        elif name == "improve":
            v = r.choice(VERBS_IMPROVE)
        elif name == "reduce":
            v = r.choice(VERBS_REDUCE)
        elif name == "adj":
            v = r.choice(ADJ)
        elif name == "time":
            v = r.choice(TIMES)
        elif name == "fn_reason":
            v = r.choice(FN_REASONS)
        elif name == "impute":
            v = r.choice(IMPUTE)
        elif name == "balance":
            v = r.choice(BALANCE)
        else:
            v = name
        self.cache[name] = v
        return v

    def fill(self, tpl):
        self.cache = {}
        return _SLOT.sub(lambda m: self.slot(m.group(1)), tpl)

    # ---- text blocks --------------------------------------------------
    def sentence(self, kind):
        s = self.fill(self.r.choice(SECTION_TEMPLATES[kind]))
        if self.r.random() < 0.02:
            s = s[:-1] + " " + self.r.choice(UNICODE_BITS) + "."
        return s

    def paragraph(self, kind, lo=2, hi=6, wrap=None):
        r = self.r
        pool = SECTION_TEMPLATES[kind]
        sents = [self.fill(t) for t in r.sample(pool, r.randint(lo, hi))]
        if r.random() < 0.05:
            sents[-1] = sents[-1][:-1] + " " + r.choice(UNICODE_BITS) + "."
        if kind in ("approach", "evaluation", "data") and r.random() < 0.15:
            sents.insert(r.randint(0, len(sents)), self.fill(r.choice(T_OVERSIGHT)))
        if r.random() < 0.04:
            sents.append(r.choice(T_GENERAL))
        text = " ".join(sents)
        if r.random() < 0.15:
            # emphasis / inline code sprinkled in
            words = text.split(" ")
            i = r.randrange(len(words))
            if words[i].isalpha():
                words[i] = r.choice(["**%s**", "*%s*", "_%s_", "`%s`"]) % words[i]
            text = " ".join(words)
        wrap = self.ctx["wrap"] if wrap is None else wrap
        return hard_wrap(text, wrap) if wrap else text

    def bullets(self, kind, lo=3, hi=7):
        r = self.r
        mark = self.ctx["bullet"]
        items = []
        for i, t in enumerate(r.sample(SECTION_TEMPLATES[kind], r.randint(lo, hi))):
            s = self.fill(t)
            if mark == "1.":
                items.append(f"{i + 1}. {s}")
            elif mark == "- [ ]":
                items.append(f"- [{r.choice([' ', ' ', 'x'])}] {s}")
            else:
                items.append(f"{mark} {s}")
        return "\n".join(items)


def hard_wrap(text, width):
    out, line, n = [], [], 0
    for w in text.split(" "):
        if n + len(w) + 1 > width and line:
            out.append(" ".join(line))
            line, n = [], 0
        line.append(w)
        n += len(w) + 1
    if line:
        out.append(" ".join(line))
    return "\n".join(out)


# --------------------------------------------------------------------------
# Headings
# --------------------------------------------------------------------------

def heading(g, level, text, kind="other", number=None):
    r = g.r
    style = g.ctx["hstyle"]
    if r.random() < 0.08:  # occasional inconsistency within one README
        style = r.choice(["atx", "atx", "bold", "html", "closed"])
    if g.ctx["case"] == "upper":
        text = text.upper()
    elif g.ctx["case"] == "lower":
        text = text.lower()
    if g.ctx["colon"]:
        text += ":"
    if style == "numbered" and number is not None:
        text = g.ctx["numfmt"].format(number) + " " + text
    elif style == "emoji" and level > 1:
        text = r.choice(EMOJI.get(kind, EMOJI["other"])) + " " + text
    if style == "setext" and level <= 2:
        ch = "=" if level == 1 else "-"
        return f"{text}\n{ch * max(3, len(text) if r.random() < 0.7 else r.randint(3, 12))}"
    if style == "html":
        attrs = r.choice(["", "", ' id="%s"' % slugify(text)[:30], ' align="left"'])
        return f"<h{level}{attrs}>{text}</h{level}>"
    if style == "bold":
        return r.choice(["**%s**", "__%s__", "**%s**  "]) % text
    if style == "closed":
        return f"{'#' * level} {text} {'#' * level}"
    lead = " " * (1 if r.random() < 0.03 else 0)
    return f"{lead}{'#' * level} {text}"


def slugify(s):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s or "project"


# --------------------------------------------------------------------------
# Non-prose blocks
# --------------------------------------------------------------------------

def code_block(g):
    r = g.r
    c = g.ctx
    fence = c["fence"] if r.random() < 0.85 else ("~~~" if c["fence"] == "```" else "```")
    lang = r.choice(LANGS)
    kind = r.random()
    if kind < 0.35:
        body = [
            "# clone and install",
            f"git clone https://github.com/{c['handle']}/{c['slug']}.git",
            f"cd {c['slug']}",
            r.choice(["python -m venv .venv && source .venv/bin/activate", "conda env create -f environment.yml",
                      "uv sync", "poetry install"]),
            "pip install -r requirements.txt",
            "# Data",
            r.choice(["python scripts/download.py --dest data/raw", "make data", "bash scripts/fetch_data.sh"]),
            "# Train / evaluate",
            f"python -m {c['pkg']}.train --config configs/{r.choice(['base', 'default', 'final'])}.yaml",
            f"python -m {c['pkg']}.evaluate --split test --out results/",
        ]
        lang = r.choice(["bash", "sh", "console", ""])
    elif kind < 0.6:
        m = r.choice(c["metrics"])
        body = [
            "# Results",
            "import json",
            "from pathlib import Path",
            "",
            "## Evaluation helper -- not a heading",
            "def load_metrics(path='results/metrics.json'):",
            "    # Limitations: only reads the latest run",
            "    return json.loads(Path(path).read_text())",
            "",
            "metrics = load_metrics()",
            f"print(metrics['{slugify(m)}'])  # {g.fmt_metric(m)}",
        ]
        lang = "python"
    elif kind < 0.8:
        body = [
            "# config.yaml",
            "model:",
            f"  name: {slugify(c['model'])}",
            f"  lr: {g.slot('lr')}",
            f"  epochs: {r.randint(5, 120)}",
            "data:",
            f"  source: {slugify(c['dataset'])}",
            "  # PHI: none -- de-identified extract only",
            f"  split: {r.choice(['patient', 'temporal', 'random'])}",
            "# Next Steps: add external site",
        ]
        lang = "yaml"
    else:
        body = [
            f"{c['slug']}/",
            "├── data/            # not committed",
            "├── notebooks/",
            f"├── src/{c['pkg']}/",
            "│   ├── prep.py",
            "│   ├── train.py",
            "│   └── evaluate.py",
            "├── results/",
            "└── README.md",
        ]
        lang = r.choice(["text", "", "console"])
    if r.random() < 0.03:
        # a longer fence containing a shorter one
        inner = "\n".join(["```bash", "# Problem", "echo nested", "```"])
        return f"````markdown\n{inner}\n````"
    return f"{fence}{lang}\n" + "\n".join(body) + f"\n{fence}"


def indented_code(g):
    r = g.r
    lines = ["# Results (raw output)", f"epoch {r.randint(5, 60)}  loss={r.uniform(0.05, 0.6):.4f}",
             f"val_{slugify(r.choice(g.ctx['metrics']))}={r.uniform(0.6, 0.95):.4f}", "# Limitations", "done"]
    return "\n".join("    " + ln for ln in lines)


def html_comment(g):
    r = g.r
    choice = r.random()
    if choice < 0.4:
        return "<!-- TODO: add ## Limitations section before publishing -->"
    if choice < 0.7:
        return "<!--\n## Evaluation\nDraft numbers, do not cite: AUROC 0.99\n-->"
    return f"<!-- badges generated {r.randint(2021, 2025)}-0{r.randint(1, 9)}-1{r.randint(0, 9)} -->"


def metrics_table(g, metrics):
    r = g.r
    c = g.ctx
    cols = r.choice([("Metric", "Value", "95% CI"), ("Metric", "Test", "Validation"),
                     ("Metric", "Value"), ("Split", "Metric", "Value", "n")])
    align = r.random() < 0.5
    rows = []
    for name, val in metrics:
        kind = METRIC_SPEC.get(name, (0, 0, 3, "prob"))[3]
        vs = f"{val}%" if kind == "pct" else f"{val}"
        if r.random() < 0.08:
            vs = f"**{vs}**"
        if cols[1:] == ("Value", "95% CI"):
            d = max(0.005, abs(val) * 0.02)
            rows.append((name, vs, f"{val - d:.3f}–{val + d:.3f}" if r.random() < 0.5 else f"{val - d:.3f} - {val + d:.3f}"))
        elif cols[1:] == ("Test", "Validation"):
            rows.append((name, vs, f"{val * r.uniform(1.0, 1.05):.3f}"))
        elif len(cols) == 2:
            rows.append((name, vs))
        else:
            rows.append((r.choice(["test", "external", "validation"]), name, vs, f"{r.randint(200, 40000):,}"))
    sep = ["---"] * len(cols)
    if align:
        sep = [":---"] + ["---:"] * (len(cols) - 1)
    lines = ["| " + " | ".join(cols) + " |", "| " + " | ".join(sep) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    if r.random() < 0.1:
        lines = [ln.strip("|").strip() for ln in lines]  # pipe tables without outer pipes
    return "\n".join(lines)


def subgroup_table(g):
    r = g.r
    m = r.choice(g.ctx["metrics"])
    lines = [f"| Subgroup | n | {m} |", "|---|---:|---:|"]
    for grp in r.sample(["Female", "Male", "Age < 40", "Age 40–64", "Age ≥ 65", "Site A", "Site B", "AP view",
                         "PA view", "Night shift"], r.randint(3, 6)):
        lines.append(f"| {grp} | {r.randint(150, 9000):,} | {g.metric_value(m)} |")
    return "\n".join(lines)


def data_table(g):
    r = g.r
    c = g.ctx
    rows = [("Dataset", c["dataset"]), ("Records", g.slot("n") + " " + r.choice(c["dom"]["words"])),
            ("Period", f"{r.randint(2008, 2018)}–{r.randint(2019, 2024)}"), ("Access", r.choice(
                ["public", "credentialed (PhysioNet)", "data-use agreement", "synthetic"])),
            ("Format", r.choice(STANDARDS + ["CSV", "Parquet"])), ("PHI in repo", "none")]
    lines = ["| | |", "|---|---|"] + [f"| {a} | {b} |" for a, b in rows[: r.randint(3, 6)]]
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Project
# --------------------------------------------------------------------------

TITLE_PATTERNS = [
    "{Task}", "{Task} with {model}", "{Task}: a {adj2} baseline", "{Short}: {task}", "{Task} on {dataset}",
    "{Short} — {task}", "Towards {task}", "{Short}", "{Task} (portfolio project)",
]
SHORTS = ["TriageNet", "CareSignal", "WardWatch", "ScanSort", "NoteBrief", "DoseWise", "PulseGuard", "MolRank",
          "BedFlow", "RetinaCheck", "CodeAssist", "SkinScope", "GlucoCast", "ToxFlag", "ReadmitRisk", "EchoView",
          "AFib-Lite", "Sepsis-EWS", "DischargeDraft", "GenoDose"]


def make_project(g, idx, readme_kb):
    r = g.r
    dname = r.choice(DOMAIN_NAMES)
    dom = DOMAINS[dname]
    task = r.choice(dom["tasks"])
    model = r.choice(dom["models"])
    dataset = r.choice(dom["datasets"])
    metrics = r.sample(dom["metrics"], r.randint(3, min(6, len(dom["metrics"]))))
    handle = (r.choice(FIRST) + r.choice(LAST)).lower()
    handle = re.sub(r"[^a-z0-9]", "", handle.encode("ascii", "ignore").decode()) or "user"
    tp = r.choice(TITLE_PATTERNS)
    title = tp.format(Task=task[0].upper() + task[1:], task=task, model=model, dataset=dataset,
                      Short=r.choice(SHORTS), adj2=r.choice(["simple", "transparent", "reproducible", "careful"]))
    slug = slugify(title)[:40].strip("-")
    pkg = re.sub(r"[^a-z0-9_]", "_", slug.replace("-", "_"))[:20].strip("_") or "proj"
    hstyle = r.choices(["atx", "numbered", "emoji", "setext", "html", "bold", "closed"],
                       [55, 11, 9, 9, 5, 7, 4])[0]
    g.ctx = c = {
        "domain": dname, "dom": dom, "task": task, "model": model, "dataset": dataset, "metrics": metrics,
        "title": title, "slug": slug, "handle": handle, "pkg": pkg, "hstyle": hstyle,
        "case": r.choices(["keep", "upper", "lower"], [92, 3, 5])[0],
        "colon": r.random() < 0.03,
        "numfmt": r.choice(["{}.", "{})", "{}.", "{} -", "Part {}:"]),
        "wrap": r.choice([0, 0, 0, 80, 100, 120]),
        "bullet": r.choice(["-", "-", "*", "+", "1.", "- [ ]"]),
        "fence": r.choice(["```", "```", "```", "~~~"]),
    }
    metric_vals = [(m, g.metric_value(m)) for m in metrics]

    # target size: log-normal around readme_kb with mean ~ readme_kb
    sigma = 0.45
    target = readme_kb * 1024 * min(5.0, max(0.15, r.lognormvariate(-sigma * sigma / 2, sigma)))
    target -= 420  # average overshoot of the padding loop

    has_disclaimer = r.random() < 0.6
    has_oversight = r.random() < 0.6
    disclaimer = r.choice(T_DISCLAIMER)

    # ---- plan the case-study parts ------------------------------------
    parts = []
    for p in PARTS:
        miss = 0.12 if p == "limitations" else (0.10 if p == "next" else 0.06)
        if r.random() >= miss:
            parts.append(p)
    if r.random() < 0.03:
        parts = r.sample(PARTS, r.randint(0, 2))  # a bare-bones draft README
        parts.sort(key=PARTS.index)
    groups = [[p] for p in parts]
    if r.random() < 0.14 and len(groups) > 1:
        pair, names = r.choice(COMBINED)
        for i in range(len(groups) - 1):
            if groups[i] == [pair[0]] and groups[i + 1] == [pair[1]]:
                groups[i:i + 2] = [[pair[0], pair[1], r.choice(names)]]
                break
    if r.random() < 0.05 and len(groups) > 2:  # occasionally out of order
        i = r.randrange(len(groups) - 1)
        groups[i], groups[i + 1] = groups[i + 1], groups[i]

    sections = []  # list of [heading_text_or_None, kind, blocks(list of str)]
    number = 0

    # ---- top matter ---------------------------------------------------
    top = []
    top.append(heading(g, 1, title, "other") if c["hstyle"] not in ("bold",) else f"# {title}")
    if r.random() < 0.35:
        top.append(" ".join(
            f"![{b}](https://img.shields.io/badge/{b}-{v}-{col}.svg)" for b, v, col in
            r.sample([("python", "3.11", "blue"), ("license", "MIT", "green"), ("status", "research", "orange"),
                      ("tests", "passing", "brightgreen"), ("docs", "wip", "yellow")], r.randint(1, 4))))
    intro = g.paragraph("problem", 1, 3)
    if r.random() < 0.3:
        intro = f"{c['title']} explores {task} using {model} trained on {dataset}. " + intro
    top.append(intro)
    if has_disclaimer and r.random() < 0.65:
        top.append(r.choice(["> **{d}**", "> ⚠️ {d}", "> [!WARNING]\n> {d}", "**Disclaimer:** {d}", "_{d}_",
                             "<p><b>{d}</b></p>"]).format(d=disclaimer))
        has_disclaimer_placed = True
    else:
        has_disclaimer_placed = False
    if r.random() < 0.25:
        top.append(html_comment(g))
    if r.random() < 0.2:
        number += 0
        sections.append([r.choice(["TL;DR", "Overview", "Summary", "At a glance"]), "other",
                         [g.bullets("evaluation", 2, 4) if r.random() < 0.5 else g.paragraph("approach", 2, 3)]])
    if r.random() < 0.15:
        sections.append(["Table of Contents", "other", ["\n".join(
            f"- [{PART_NAMES[p][0]}](#{slugify(PART_NAMES[p][0])})" for p in parts)]])

    # ---- case-study parts ----------------------------------------------
    for grp in groups:
        number += 1
        if len(grp) == 3:
            kinds, name = grp[:2], grp[2]
        else:
            kinds, name = grp, r.choice(PART_NAMES[grp[0]])
        blocks = []
        for kind in kinds:
            blocks.extend(part_blocks(g, kind, metric_vals, has_oversight))
        sections.append([name, kinds[0], blocks, number])

    # ---- extras ----------------------------------------------------------
    extras = []
    if r.random() < 0.65:
        extras.append([r.choice(["Quick start", "Installation", "Getting started", "Setup", "Usage",
                                 "Reproducing the results"]), "other", [g.paragraph("approach", 1, 2), code_block(g)]])
    if r.random() < 0.3:
        extras.append([r.choice(["Repository structure", "Project layout", "Repo layout"]), "other",
                       [code_block(g) if r.random() < 0.7 else indented_code(g)]])
    if r.random() < 0.3:
        extras.append([r.choice(["Ethics & Privacy", "Privacy", "Data protection", "Governance"]), "other",
                       [g.paragraph("data", 2, 4)]])
    if has_oversight and r.random() < 0.3:
        extras.append([r.choice(["Human oversight", "Human in the loop", "Clinical safety"]), "other",
                       [" ".join(g.fill(t) for t in r.sample(T_OVERSIGHT, r.randint(2, 4)))]])
    if has_disclaimer and not has_disclaimer_placed:
        extras.append([r.choice(["Disclaimer", "Important notice", "Medical disclaimer"]), "other",
                       [disclaimer + " " + g.fill(r.choice(T_LIMIT))]])
    if r.random() < 0.5:
        extras.append([r.choice(["License", "Licence"]), "other",
                       [r.choice(["MIT", "Apache-2.0", "BSD-3-Clause", "CC BY-NC 4.0"]) + ". See `LICENSE`." +
                        (" Dataset licences apply separately." if r.random() < 0.5 else "")]])
    if r.random() < 0.15:
        extras.append(["Citation", "other", [
            "```bibtex\n@misc{%s%d,\n  title  = {%s},\n  author = {%s %s},\n  year   = {%d}\n}\n```"
            % (handle, r.randint(2021, 2025), title, r.choice(FIRST), r.choice(LAST), r.randint(2021, 2025))]])
    if r.random() < 0.25:
        extras.append([r.choice(["Acknowledgements", "Acknowledgments", "Credits"]), "other",
                       [f"Thanks to {r.choice(FIRST)} {r.choice(LAST)} and the maintainers of {dataset}."]])
    if r.random() < 0.2:
        extras.append(["Contact", "other", [f"{r.choice(FIRST)} {r.choice(LAST)} · "
                                            f"[{handle}@example.org](mailto:{handle}@example.org)"]])
    # put most extras after the parts; some usage sections come first
    for ex in extras:
        if ex[0] in ("Quick start", "Installation", "Getting started", "Setup") and r.random() < 0.4:
            sections.insert(min(len(sections), 1), ex)
        else:
            sections.append(ex)

    # ---- pad to target size ----------------------------------------------
    size = sum(len(b) for b in top) + sum(sum(len(b) + 2 for b in s[2]) + 30 for s in sections)
    fillable = [s for s in sections if s[1] in SECTION_TEMPLATES]
    guard = 0
    while size < target and fillable and guard < 400:
        guard += 1
        s = r.choice(fillable)
        kinds = [s[1]]
        roll = r.random()
        if roll < 0.75:
            b = g.paragraph(r.choice(kinds), 3, 7)
        elif roll < 0.9:
            b = g.bullets(s[1])
        elif roll < 0.94 and s[1] == "evaluation":
            b = subgroup_table(g)
        elif roll < 0.97:
            b = code_block(g)
        else:
            b = indented_code(g) if r.random() < 0.5 else html_comment(g)
        # insert before trailing tables sometimes, mostly append
        if len(s[2]) > 1 and r.random() < 0.3:
            s[2].insert(r.randrange(1, len(s[2])), b)
        else:
            s[2].append(b)
        size += len(b) + 2
        if s[1] == "evaluation" and r.random() < 0.1:  # subsections in long parts
            sub = heading(g, 3, r.choice(["Subgroup analysis", "Calibration", "Error analysis", "Ablations",
                                          "External validation", "Reader study"]), "evaluation")
            s[2].append(sub)

    # ---- render ---------------------------------------------------------
    out = []
    if r.random() < 0.2:
        fm = ["---", f"title: {json.dumps(title, ensure_ascii=False)}",
              f"author: {r.choice(FIRST)} {r.choice(LAST)}",
              f"date: {r.randint(2021, 2025)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
              f"tags: [{', '.join([dname, 'healthcare', 'machine-learning'][: r.randint(1, 3)])}]"]
        if r.random() < 0.3:
            fm.append("layout: project")
        fm.append("---")
        out.append("\n".join(fm))
    out.extend(top)
    for s in sections:
        name, kind, blocks = s[0], s[1], s[2]
        num = s[3] if len(s) > 3 else None
        if r.random() < 0.02:
            out.append("---")  # thematic break
        out.append(heading(g, 2, name, kind, num))
        out.extend(blocks)
    text = "\n\n".join(out) + "\n"
    if r.random() < 0.05:
        text = text.replace("\n", "\r\n")
    return c, text, metric_vals, has_disclaimer, has_oversight, disclaimer


def part_blocks(g, kind, metric_vals, has_oversight):
    r = g.r
    blocks = [g.paragraph(kind, 2, 5)]
    if kind == "data":
        if r.random() < 0.4:
            blocks.append(data_table(g))
        if r.random() < 0.2:
            blocks.append(g.bullets("data", 2, 4))
    elif kind == "approach":
        if r.random() < 0.35:
            blocks.append(code_block(g))
        if r.random() < 0.08:
            blocks.append(indented_code(g))
    elif kind == "evaluation":
        vals = list(metric_vals)
        if r.random() < 0.1:  # README numbers that disagree with the manifest
            i = r.randrange(len(vals))
            vals[i] = (vals[i][0], g.metric_value(vals[i][0]))
        if r.random() < 0.75:
            if r.random() < 0.5:
                blocks.append(metrics_table(g, vals))
            else:
                blocks.insert(0, metrics_table(g, vals))
        else:
            blocks.append("Headline: " + ", ".join(g.fmt_metric(m, v) for m, v in vals) + ".")
        if r.random() < 0.25:
            blocks.append(subgroup_table(g))
        if r.random() < 0.1:
            blocks.append("![ROC curve](docs/img/roc.png)")
    elif kind == "limitations":
        if r.random() < 0.6:
            blocks.append(g.bullets("limitations", 3, 7))
    elif kind == "next":
        if r.random() < 0.7:
            blocks = [g.bullets("next", 3, 6)] + (blocks if r.random() < 0.4 else [])
    if has_oversight and kind in ("approach", "limitations", "problem") and r.random() < 0.35:
        blocks.append(g.fill(r.choice(T_OVERSIGHT)))
    if r.random() < 0.05:
        blocks.append(html_comment(g))
    return blocks


# --------------------------------------------------------------------------
# Manifest
# --------------------------------------------------------------------------

def yq(s):
    """Double-quoted YAML scalar (JSON string syntax is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def folded(key, text, width=96):
    return f"{key}: >-\n" + "\n".join("  " + ln for ln in hard_wrap(text, width).split("\n"))


def make_manifest(g, c, metric_vals, has_disclaimer, has_oversight, disclaimer):
    r = g.r
    dom = c["dom"]
    lines = [f"title: {yq(c['title'])}"]
    domain = c["domain"]
    if r.random() < 0.02:
        domain = r.choice(["radiology", "genomics", "ops", "Imaging"])  # invalid value
    if r.random() > 0.02:
        lines.append(f"domain: {domain}")
    if r.random() < 0.5:
        lines.append(f"lane: {r.choice(['ml-engineering', 'data-science', 'clinical-informatics', 'research'])}")
    if r.random() < 0.6:
        lines.append(folded("summary", g.paragraph("approach", 2, 3, wrap=0)))
    lines.append("")
    if r.random() > 0.04:
        lines.append("data_sources:")
        srcs = [c["dataset"]] + r.sample(dom["datasets"], r.randint(0, 2))
        for s in dict.fromkeys(srcs):
            lines.append(f"  - name: {yq(s)}")
            lines.append(f"    kind: {r.choice(['open', 'credentialed', 'restricted', 'synthetic'])}")
            if r.random() < 0.6:
                lines.append(f"    license: {r.choice(['CC0-1.0', 'CC-BY-4.0', 'PhysioNet-Credentialed-1.5.0', 'custom DUA'])}")
            if r.random() < 0.5:
                lines.append(f"    url: https://example.org/datasets/{slugify(s)}")
        lines.append("")
    if r.random() > 0.05:
        lines.append("metrics:")
        split = r.choice(["test", "external", "validation"])
        n = r.randint(200, 40000)
        for m, v in metric_vals:
            lines.append(f"  - name: {yq(m)}")
            lines.append(f"    value: {v}")
            if r.random() < 0.6:
                d = max(0.005, abs(v) * 0.02)
                lines.append(f"    ci: [{v - d:.3f}, {v + d:.3f}]")
            lines.append(f"    split: {split}")
            if r.random() < 0.7:
                lines.append(f"    n: {n}")
        lines.append("")
    if r.random() > 0.06:
        lines.append(folded("intended_use", g.fill(
            "Research demonstration of {task} for {population}; outputs support, and never replace, a {user}.")
            + " " + g.sentence("problem")))
    if r.random() < 0.7:
        lines.append(f"clinical_use: {'false' if r.random() < 0.95 else 'true'}")
    if has_disclaimer and r.random() < 0.7:
        lines.append(folded("disclaimer", disclaimer))
    lines.append("")
    if r.random() > 0.08:
        lines.append("limitations:")
        for _ in range(r.randint(1, 6)):
            lines.append(f"  - {yq(g.sentence('limitations'))}")
        lines.append("")
    if has_oversight or r.random() < 0.3:
        lines.append(folded("human_oversight", " ".join(g.fill(t) for t in r.sample(T_OVERSIGHT, r.randint(1, 3)))))
    if r.random() < 0.5:
        lines.append("")
        lines.append("next_steps:")
        for _ in range(r.randint(1, 4)):
            lines.append(f"  - {yq(g.sentence('next'))}")
    return "\n".join(lines).rstrip("\n") + "\n"


# --------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=10000, help="number of projects (default 10000)")
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    ap.add_argument("--readme-kb", type=float, default=8.0, help="mean README size in KB (default 8)")
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("--n must be >= 0")

    t0 = time.time()
    os.makedirs(args.out, exist_ok=True)
    g = Gen(random.Random(args.seed))
    width = max(5, len(str(args.n)))
    total_readme = total_manifest = manifests = 0
    for i in range(1, args.n + 1):
        c, readme, metric_vals, has_disc, has_ov, disc = make_project(g, i, args.readme_kb)
        d = os.path.join(args.out, f"p{i:0{width}d}-{c['slug']}")
        os.makedirs(d, exist_ok=True)
        data = readme.encode("utf-8")
        with open(os.path.join(d, "README.md"), "wb") as f:
            f.write(data)
        total_readme += len(data)
        mpath = os.path.join(d, "case-study.yaml")
        if g.r.random() < 0.7:
            m = make_manifest(g, c, metric_vals, has_disc, has_ov, disc).encode("utf-8")
            with open(mpath, "wb") as f:
                f.write(m)
            total_manifest += len(m)
            manifests += 1
        elif os.path.exists(mpath):  # stale file from an earlier run with another seed
            os.remove(mpath)
    dt = time.time() - t0
    avg = total_readme / args.n / 1024 if args.n else 0
    print(f"generated {args.n} projects in {args.out}: README {total_readme} bytes "
          f"({total_readme / 1e6:.1f} MB, avg {avg:.1f} KB), {manifests} manifests "
          f"({total_manifest / 1e6:.1f} MB), seed {args.seed}, {dt:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
