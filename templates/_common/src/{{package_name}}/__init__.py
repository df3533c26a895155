# {{title}}: research code for a healthcare-AI portfolio case study. Not for clinical use.
# Started from the caselint "{{blueprint_id}}" blueprint; see README.md for the case study.
__version__ = "0.1.0"
