#!/usr/bin/env python3
"""Invented disclaimer probes: is each sentence read as a not-for-clinical-use disclaimer?

Each probe is one README: a title, one line of description, then the sentence (or block) under test.
The expectation is what a careful labeller would say; false friends (a clinical use claimed, a licence,
a consent statement) must not count.

Batches 1 and 2 were written first and used to choose cue words (tuned on). Batch 3 was written
afterwards and measured once before any change made for it (27 / 30 then), and tuned on since; batch
4 likewise (13 / 15), batch 5 likewise (22 / 24). Batch 7 was measured once (17 / 19), then tuned
on: "in no way" and "by no means" deny like "not", and a purpose said of the subject with its marker
("The predictions are illustrative only") restricts like "for illustrative purposes only".
Batch 8 was measured once (16 / 19), then tuned on: a list of purposes reads through "non-" words
to the "for" before it ("For non-commercial, non-clinical research only"), and informing or guiding
treatment and a medical opinion are uses a clinical word can be denied as. Batch 9 was measured
once (11 / 12: "Nothing it outputs has clinical standing"), then tuned on: a standing is a status
that can be denied.
Batch 12 (stop 26) was measured once: 14 / 16 (its "Use it for research, not for diagnosis" was
written after that wording was made to read, so 13 / 15 for the rest): missed "not a substitute for a
visit to your GP" (a GP is a clinician now: 15 / 16) and "must never be connected to a live EHR" (left:
reading EHR connection as a use made "The model is not yet integrated with the EHR", a status, a
disclaimer too).
Batch 13 (stop 27) was measured once: 11 / 16. Two false friends were read as disclaimers ("Training
code only.", "Not a diagnosis in themselves, the flags prompt a nurse") and are not now (13 / 16); left
as misses: "None of its outputs should be acted on for a real patient" (the patient eleven words after
the negation), "do not rely on this app to decide whether you need to see a doctor" and "not meant to
go into a patient record" (no use word a denial could take without false alarms elsewhere).
HTML blocks are read for the disclaimer as GitHub shows them. Left as misses on purpose: "the sole basis for
treatment decisions" (kept in clinical use, with oversight), and wordings whose only cue is a word
too common to add ("talk to", "unsupervised use", "not for real patients", "has not undergone clinical
trials": trials are as often the data as the missing validation).

  python3 Scripts/disclaimer-probes.py --bin .build/debug/caselint [--verbose]
"""
import os
import tempfile

from probe_support import arguments, facts, report

BATCH_1 = [
    (True, '> **Note:** This tool is a research prototype and must not be used to make decisions about real patients.'),
    (True, '> [!WARNING]\\n> Not validated for clinical deployment.'),
    (True, 'This repository does not provide medical advice.'),
    (True, '**Disclaimer:** outputs are experimental and should not guide patient care.'),
    (True, 'The model has not been evaluated prospectively and is not suitable for use in a clinical setting.'),
    (True, 'Not FDA cleared. Research use only.'),
    (True, 'For research use only (RUO).'),
    (True, 'This is an academic exercise; do not use it on real patient data or for diagnosis.'),
    (True, "## ⚠️ Important\\n\\nThis software is provided as-is, without warranty, and is not meant to replace a clinician's judgement."),
    (False, 'It should never be used as the sole basis for treatment decisions.'),
    (True, '<p align="center"><b>Not for clinical use.</b></p>'),
    (True, 'Use at your own risk: this code is for demonstration only and not intended for healthcare providers.'),
    (True, 'This project was built for a course assignment (CS 229) and is not a medical product.'),
    (True, 'The predictions are not diagnoses.'),
    (True, 'Intended use: educational demonstration of ML on public data. Out of scope: any clinical decision-making.'),
    (True, 'We are not doctors. Please talk to a healthcare professional about your symptoms.'),
    (True, 'This is not production software and has not been reviewed by any regulator.'),
    (True, 'No clinical validation has been performed.'),
    (True, "## Limitations\\n\\nThe model is trained on a single hospital's data and is not ready for clinical use."),
    (True, 'The results should be interpreted with caution and are not intended to inform clinical practice.'),
]

BATCH_2 = [
    (True, '**Important:** This is a proof of concept and is not intended to be used in real-world clinical settings.'),
    (True, 'This project is meant for learning purposes and should not be relied upon for medical decisions.'),
    (True, '⚠️ This tool does not replace professional medical diagnosis.'),
    (True, 'All outputs must be reviewed by a qualified clinician; the system is not approved for unsupervised use.'),
    (True, 'This software is not a certified medical device.'),
    (True, 'The model is for educational use and not for diagnosing patients.'),
    (True, 'Predictions are for research only and must not be used to guide treatment.'),
    (True, 'Disclaimer: This project is a personal learning exercise.'),
    (True, '> This repository is a student project and has no clinical validity.'),
    (True, 'This app does not provide a diagnosis. Always seek the advice of your physician.'),
    (True, 'Not intended for patient care.'),
    (True, 'Use of this model in a clinical context is strictly prohibited.'),
    (True, 'This is experimental software; it is not suitable for clinical decision making.'),
    (True, 'It is not meant to be used by patients or providers for any medical purpose.'),
    (True, 'The information provided is not a substitute for professional healthcare.'),
    (False, 'The model supports clinical decision making in the ICU.'),
    (False, 'We used the data for research purposes with approval from the ethics board.'),
    (False, 'Clinicians reviewed 200 cases to validate the labels.'),
    (False, 'This is not a toy example: it uses real MIMIC-IV notes.'),
    (False, 'The app is intended for use by emergency physicians during triage.'),
    (False, 'Patients with no medical history of diabetes were excluded.'),
    (False, 'Our model is not as accurate as radiologists but is faster.'),
]

BATCH_3 = [
    (True, 'This project is for academic and demonstration purposes and has not undergone clinical validation.'),
    (True, '**Note**: The model is a research artifact. Do not deploy it in hospitals.'),
    (True, 'This work is not peer reviewed and must not be used for medical diagnosis.'),
    (True, 'Outputs are not clinical recommendations.'),
    (True, 'The dashboard is a prototype for learning; it is not connected to any EHR and not for real patients.'),
    (True, 'Caution: results are preliminary and should not inform patient management.'),
    (True, 'This is a hobby project, not medical software.'),
    (True, 'No part of this repository is intended to diagnose, treat, cure, or prevent any disease.'),
    (True, 'Disclaimer — for portfolio demonstration only.'),
    (True, 'Educational use only. Not for clinical decision support.'),
    (True, 'This model has not been tested on real patients and is not ready for clinical deployment.'),
    (True, 'The predictions should not be used as medical advice.'),
    (True, 'It is a demo, not a diagnostic device.'),
    (True, 'This analysis is exploratory and is not meant to guide clinical care.'),
    (True, 'Please do not use this for self-diagnosis; talk to a doctor.'),
    (True, 'We make no claims about clinical utility, and the tool must not be used with real patients.'),
    (True, 'Research prototype. Not cleared by the FDA or any other regulator.'),
    (True, 'This chatbot is not a doctor and cannot give medical advice.'),
    (True, 'Built for a hackathon; not validated and not for clinical use.'),
    (True, 'The code and results are shared for educational purposes only and do not constitute medical guidance.'),
    (False, 'The model assists radiologists by prioritising the worklist.'),
    (False, 'This repository contains code for research on sepsis prediction.'),
    (False, 'The dataset is licensed for non-commercial research use.'),
    (False, 'We hope this project will one day support clinical decisions.'),
    (False, 'All patients gave informed consent for research use of their data.'),
    (False, 'No patients were harmed; the data are public.'),
    (False, 'The study was not powered to detect small effects.'),
    (False, 'Clinicians can use the dashboard to track bed occupancy.'),
    (False, 'This notebook is for the Kaggle competition on ECG classification.'),
    (False, 'We did not use any clinical notes, only vitals.'),
]


# Written after batch 3 and measured once (13 / 15), then "unsuitable" and the comma's scope were added.
BATCH_4 = [
    (True, '*This repository is intended solely for educational purposes and should not be used for actual medical diagnosis or treatment.*'),
    (True, 'Not a medical product — for demonstration and research only.'),
    (True, 'The authors accept no liability; the model is not validated for patient use.'),
    (True, "⚠️ Disclaimer: This is an academic project. Predictions must not replace a doctor's assessment."),
    (True, 'This is a research tool and has not been approved by any health authority.'),
    (True, 'The outputs are for informational purposes only and are not medical advice.'),
    (True, 'For teaching only. Do not upload real patient data.'),
    (True, 'Do not rely on this tool for clinical decisions.'),
    (True, '> **Warning**: experimental; unsuitable for diagnostic use.'),
    (True, 'This model is intended for research, not for use in patient care.'),
    (False, 'We evaluated the model on patients from two hospitals.'),
    (False, 'The tool is designed to reduce the workload of radiologists.'),
    (False, 'Clinical validation on external data is our next step.'),
    (False, 'Only de-identified data was used, under the PhysioNet licence.'),
    (False, 'Our goal is to support clinicians, not to replace them, by flagging high-risk patients early.'),
]


# Written at the start of stop 17 and measured once before any change made for it (22 / 24); then a
# "use of ... in a clinical setting" phrase and "discouraged" / "not permitted" joined the denials.
BATCH_5 = [
    (True, 'This work is intended solely for research and learning; it is not a diagnostic tool.'),
    (True, '⚠️ Do not rely on these predictions for medical decisions.'),
    (True, 'The app is a proof of concept and has not undergone clinical trials.'),
    (True, 'Nothing here constitutes medical advice; consult a qualified physician.'),
    (True, 'This model is not approved for use in patient care.'),
    (True, '_This is a portfolio project. It is not intended for deployment in hospitals._'),
    (True, 'Educational purposes only – not for use with real patient data.'),
    (True, 'The summaries generated by this tool are not a replacement for professional medical judgment.'),
    (True, 'This repository is a demonstration and should not be used in any clinical workflow.'),
    (True, 'Caution: experimental software. Not for diagnostic procedures.'),
    (True, 'The classifier has not been clinically validated and is provided for academic research.'),
    (True, '## Disclaimer\\n\\nThe author is not a medical professional. This project is for demonstration only.'),
    (True, 'Not intended to diagnose, treat, cure, or prevent any disease.'),
    (True, 'Use of this model in a clinical setting is strongly discouraged.'),
    (False, 'The model is designed to assist radiologists in clinical practice.'),
    (False, 'This dataset is available for non-commercial research purposes.'),
    (False, 'We validated the model on data from three hospitals.'),
    (False, 'Only patients over 18 were included in the study.'),
    (False, 'Clinicians can use the dashboard to triage patients faster.'),
    (False, 'Predictions are not stored after the session ends.'),
    (False, 'No patient data is used in this repository; all records are synthetic.'),
    (False, 'It is not a trivial task to diagnose pneumonia from chest X-rays.'),
    (False, 'The tool is intended for use by hospital administrators to plan staffing.'),
    (False, 'The model is not sensitive to the choice of scanner.'),
]


# Written after batch 5's changes and measured once (19 / 20); not tuned on. The miss ("makes no claim that
# this model is safe ... for clinical use") puts too many words between the denial and the use.
BATCH_6 = [
    (True, '> ⚕️ This is not a medical device and is not intended for patient care.'),
    (True, 'All results are experimental. Do not use this software to guide treatment.'),
    (True, 'The risk scores shown here should not be interpreted as medical recommendations.'),
    (True, 'Built as a capstone project for learning purposes only.'),
    (True, 'This chatbot does not give medical advice. In an emergency, call your local emergency number.'),
    (True, 'Research code — no warranty, not for use in diagnosis.'),
    (True, 'The author makes no claim that this model is safe or effective for clinical use.'),
    (True, '**Important:** the forecasts are illustrative and must not drive real staffing decisions in a hospital.'),
    (True, 'It has not been reviewed or approved by the FDA, EMA or any notified body.'),
    (True, 'Please do not use this tool to self-diagnose.'),
    (False, 'The model supports clinical decision-making by ranking patients by risk.'),
    (False, 'Released under the Apache 2.0 licence for research and commercial use.'),
    (False, 'We did not use any clinical notes, only structured vitals.'),
    (False, 'Hospitals could use this system to reduce waiting times.'),
    (False, 'The diagnosis labels were assigned by two board-certified radiologists.'),
    (False, 'Not all patients had a follow-up visit, so outcomes are missing for 12%.'),
    (False, 'Patients should not be excluded because of missing lab values; we impute them.'),
    (False, 'This project is for anyone interested in applying machine learning to medical imaging.'),
    (False, 'The goal is to make triage faster for emergency departments.'),
    (False, 'Clinical use would require prospective validation, which we plan next.'),
]

# Written at the start of stop 18 and measured once before any change for it (17 / 19), then tuned on.
BATCH_7 = [
    (True, '⚠️ This is a student project. Please do not rely on it for medical decisions.'),
    (True, 'The outputs of this app are not a replacement for professional diagnosis.'),
    (True, 'Built for learning purposes; it is not approved for use in hospitals.'),
    (True, '> **Medical disclaimer**: nothing here constitutes clinical guidance.'),
    (True, 'This model is a proof of concept and has not been clinically validated. Do not deploy it in patient care.'),
    (True, 'Strictly for non-clinical, educational use.'),
    (True, 'Caution: experimental software. Not intended for diagnostic or therapeutic purposes.'),
    (True, 'No part of this work has been tested with real patients, and it should not be used to triage them.'),
    (True, 'This repository is a portfolio piece and is in no way a certified medical device.'),
    (True, 'Please note: predictions are illustrative only and carry no clinical meaning.'),
    (True, 'This chatbot does not give medical advice. In an emergency, call your local emergency number.'),
    (True, '_Research prototype, not for use in the care of patients._'),
    (True, 'It is not, and should not be treated as, a diagnostic tool.'),
    (False, 'The model is intended to support radiologists in clinical practice.'),
    (False, 'This dataset is available for research purposes upon request.'),
    (False, 'All data used is de-identified and used for research under the PhysioNet credentialed licence.'),
    (False, "We validated the model on three hospitals' data and it is ready for pilot use in emergency departments."),
    (False, 'Educational resources: see the docs folder for tutorials.'),
    (False, 'Clinicians can use the dashboard to review predictions before discharge.'),
]


BATCH_8 = [
    (True, 'This software is provided as-is for academic exploration and must not inform real treatment.'),
    (True, 'Not clinically validated — do not use for patient care.'),
    (True, '**Important:** the risk scores shown here are for demonstration and should never guide care decisions.'),
    (True, 'None of the outputs should be interpreted as a medical opinion.'),
    (True, 'This is not FDA-cleared software and must not be used to diagnose anyone.'),
    (True, 'Intended solely for research; not for use in diagnostic procedures.'),
    (True, '> [!WARNING]\n> This model is experimental. It is not a medical device and is not meant for clinical decision-making.'),
    (True, 'Use at your own risk: the app is a hobby project and offers no medical guidance.'),
    (True, 'The chatbot cannot replace a doctor; always consult a qualified clinician about symptoms.'),
    (True, 'Educational demo — unsuitable for clinical deployment.'),
    (True, 'Results have not been reviewed by clinicians and are unfit for use in patient care.'),
    (True, 'For non-commercial, non-clinical research only.'),
    (True, '## Disclaimer\n\nThis work is an academic exercise. It has not been evaluated in any clinical setting and should not be relied upon.'),
    (False, 'Clinical use: the model flags high-risk patients for the rapid response team.'),
    (False, 'The dataset may only be used for non-commercial research under its data use agreement.'),
    (False, 'Not all patients had complete vital signs, so we imputed missing values.'),
    (False, 'We are not affiliated with the hospital that released the data.'),
    (False, 'The model is suitable for deployment on edge devices such as a Raspberry Pi.'),
    (False, 'Medical advice from the chatbot is grounded in NICE guidelines.'),
]

BATCH_9 = [
    (True, 'Heads-up: this is coursework. Nothing it outputs has clinical standing.'),
    (True, 'This classifier should not be used by clinicians or patients to make health decisions.'),
    (True, 'The dashboard exists for demonstration and research only; it is not connected to any live EHR and must not be used in care.'),
    (True, '*For academic, non-clinical use only.*'),
    (True, 'No regulatory approval has been sought or obtained; this is not a medical device.'),
    (True, 'Outputs are not a diagnosis. See a healthcare professional for any medical concern.'),
    (True, 'This assistant is a research demo and must never be used to decide on treatment.'),
    (True, '<p><b>Disclaimer:</b> not intended for clinical use.</p>'),
    (False, 'The tool is used daily by ward clinicians to prioritise reviews.'),
    (False, 'For research and commercial use, see LICENSE.'),
    (False, 'Patients were not included if they had no follow-up visit.'),
    (False, 'This model does not need GPU hardware for inference.'),
]

def has_disclaimer(binary, folder, sentence):
    readme = "# Project\n\nA model for sepsis.\n\n" + sentence.replace("\\n", "\n") + "\n"
    return bool(facts(binary, folder, readme).get("disclaimer"))


# Written at the start of stop 20 and measured once before any change for it (14 / 16), then tuned on:
# patients close a use ("anything involving real patients"); "rely" is a use.
BATCH_10 = [
    (True, 'This repo is a learning exercise. Please do not rely on it for anything involving real patients.'),
    (True, 'Predictions from this model are not clinically validated and must not guide patient care.'),
    (True, '> **Important:** This project has not been evaluated by any regulator and is not meant for diagnostic use.'),
    (True, 'Built for a class project; it is not a substitute for the judgement of a qualified clinician.'),
    (True, 'Use at your own risk: this is experimental research software and not a medical product.'),
    (True, 'The summaries are drafts for research; they have not been reviewed for clinical accuracy and should never reach a patient chart.'),
    (True, 'Not approved for clinical decision-making.'),
    (True, 'This is not medical advice, and the app is no replacement for seeing your doctor.'),
    (True, 'Intended solely for educational demonstration; clinical deployment is out of scope.'),
    (True, 'NOTE: research prototype - do not use for screening or diagnosis of real patients.'),
    (False, 'The model is intended for use by radiologists in the reading room.'),
    (False, 'Data are available for research purposes on request from the authors.'),
    (False, 'We do not use any patient identifiers in the feature set.'),
    (False, 'Clinical validation was performed on 2,000 patients at two sites.'),
    (False, 'The code is provided as is under the Apache 2.0 licence.'),
    (False, 'Not all patients had a follow-up scan, so we dropped them.'),
]


# Written in the middle of stop 20 and measured once before any change for it.
BATCH_11 = [
    (True, 'Research code only. Nothing here should be used to make decisions about anyone\'s health.'),
    (True, 'This is a student project and is not approved for use with real patients.'),
    (True, '**Please note:** the predictions are for demonstration; do not act on them medically.'),
    (True, 'The tool gives no medical advice and cannot replace an examination by a doctor.'),
    (True, 'Outputs have not been validated clinically and are for research use only.'),
    (True, 'Not a certified medical device. For investigational purposes only.'),
    (True, '> ⚠️ Educational demo. Do not upload real patient data and do not use it for diagnosis.'),
    (True, 'It is a proof of concept for a course and is not fit for clinical deployment.'),
    (True, 'We make no claims about clinical utility; this work has not been peer reviewed or clinically evaluated.'),
    (False, 'Clinicians remain responsible for every decision; the tool ranks the worklist.'),
    (False, 'The dataset is for non-commercial research use under its own licence terms.'),
    (False, 'We did not use any data from patients under 18.'),
    (False, 'The model was deployed on two wards for a six-week silent trial.'),
    (False, 'No medical images leave the hospital network; inference runs on site.'),
]


BATCH_12 = [
    (True, 'For learning only. Please do not use this to decide anything about your own or anyone else\'s treatment.'),
    (True, 'This repository is a teaching example and must never be connected to a live EHR.'),
    (True, 'Not intended to diagnose, treat, cure or prevent any disease.'),
    (True, '_This is a class project. The app is not a substitute for a visit to your GP._'),
    (True, 'Predictions are experimental and should not inform patient care.'),
    (True, 'Use it for research, not for diagnosis.'),
    (True, 'We have not evaluated it prospectively and it is not cleared for clinical use anywhere.'),
    (True, 'This is a personal portfolio piece and not medical software.'),
    (False, 'The model flags studies for a radiologist, who makes the final call.'),
    (False, 'Patients who did not consent to research use were excluded.'),
    (False, 'All code is released for research purposes under the Apache-2.0 licence.'),
    (False, 'We did not use clinical notes, only structured vitals.'),
    (False, 'The clinical team uses the dashboard every morning to plan discharges.'),
    (False, 'Diagnosis codes were not available before 2015, so those years were dropped.'),
    (False, 'Educational attainment is not used as a feature.'),
    (False, 'It is not only faster but also more accurate than the rule-based triage.'),
]

BATCH_13 = [
    (True, 'Built for a machine-learning course. None of its outputs should be acted on for a real patient.'),
    (True, 'Research prototype: the scores it shows are not clinical advice and were never checked against bedside outcomes.'),
    (True, '⚠️ Please do not rely on this app to decide whether you need to see a doctor.'),
    (True, 'This is not a medical device and it has no CE mark or FDA clearance.'),
    (True, 'The summaries are drafts for study purposes; they are not meant to go into a patient record.'),
    (True, 'Intended for benchmarking only, never for triage of real patients.'),
    (True, 'Use at your own risk. Not reviewed by any clinician, not for use in care.'),
    (True, 'Disclaimer: demo only, no clinical validity.'),
    (False, 'Not a diagnosis in themselves, the flags prompt a nurse to review the chart.'),
    (False, 'Training code only. Inference scripts live in the `serve/` repository.'),
    (False, 'The clinic uses the model to prioritise its callback list each morning.'),
    (False, 'We did not have access to clinical outcomes beyond 30 days.'),
    (False, 'The dataset is available for research use after signing the PhysioNet agreement.'),
    (False, 'Patients were not told the model was running during the silent trial.'),
    (False, 'No medical images are stored in this repository.'),
    (False, 'This project is for anyone who wants to learn how FHIR resources fit together.'),
]


def main():
    args = arguments(__doc__)
    with tempfile.TemporaryDirectory() as root:
        for number, (label, batch) in enumerate([("1 (tuned on)", BATCH_1), ("2 (tuned on)", BATCH_2),
                                                 ("3 (measured once, then tuned on)", BATCH_3),
                                                 ("4 (measured once, then tuned on)", BATCH_4),
                                                 ("5 (measured once, then tuned on)", BATCH_5),
                                                 ("6 (measured once)", BATCH_6),
                                                 ("7 (measured once, then tuned on)", BATCH_7),
                                                 ("8 (measured once, then tuned on)", BATCH_8),
                                                 ("9 (measured once, then tuned on)", BATCH_9),
                                                 ("10 (measured once, then tuned on)", BATCH_10),
                                                 ("11 (measured once)", BATCH_11),
                                                 ("12 (measured once, then tuned on)", BATCH_12),
                                                 ("13 (measured once, then tuned on)", BATCH_13)]):
            misses = [f"want {'a' if want else 'no'} disclaimer: {sentence}"
                      for index, (want, sentence) in enumerate(batch)
                      if has_disclaimer(args.bin, os.path.join(root, f"{number}-{index}"), sentence) != want]
            report(label, len(batch) - len(misses), len(batch), misses, args.verbose)


if __name__ == "__main__":
    main()
