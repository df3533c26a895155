# Chest X-ray worklist triage: research code for a healthcare-AI portfolio case study. Not for clinical use.
# Started from the caselint "imaging-triage" blueprint; see README.md for the case study.
__version__ = "0.1.0"
