"""DenseNet-121 training for the triage flag: fit on train, choose epoch and threshold on validation.

Research code, not for clinical use.
"""

import csv

import torch
from PIL import Image
from torch.utils.data import DataLoader, Dataset
from torchvision import models, transforms

PREPARE = transforms.Compose(
    [
        transforms.Grayscale(num_output_channels=3),
        transforms.Resize((384, 384)),
        transforms.ToTensor(),
        transforms.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225]),
    ]
)


class Films(Dataset):
    def __init__(self, rows):
        self.rows = rows

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, index):
        row = self.rows[index]
        return PREPARE(Image.open(row["image_path"])), torch.tensor(float(row["label"]))


def scores(model, rows, device):
    model.eval()
    result = []
    with torch.no_grad():
        for images, _ in DataLoader(Films(rows), batch_size=64):
            result.extend(torch.sigmoid(model(images.to(device)).squeeze(1)).tolist())
    return result


def fit_and_score(splits, out, seed, epochs):
    torch.manual_seed(seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model = models.densenet121(weights="IMAGENET1K_V1")
    model.classifier = torch.nn.Linear(model.classifier.in_features, 1)
    model.to(device)
    optimiser = torch.optim.AdamW(model.parameters(), lr=1e-4, weight_decay=1e-5)
    best = (-1.0, None)
    for _ in range(epochs):
        model.train()
        for images, labels in DataLoader(Films(splits["train"]), batch_size=32, shuffle=True):
            optimiser.zero_grad()
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                model(images.to(device)).squeeze(1), labels.to(device)
            )
            loss.backward()
            optimiser.step()
        val = scores(model, splits["val"], device)
        positives = sorted(s for s, r in zip(val, splits["val"]) if r["label"] == "1")
        threshold = positives[len(positives) // 10]  # nine in ten abnormal validation films flagged
        kept = sum(1 for s in val if s < threshold)  # prefer epochs that leave more films unflagged
        if kept > best[0]:
            best = (kept, threshold)
            torch.save(model.state_dict(), out / "best.pt")
    model.load_state_dict(torch.load(out / "best.pt"))
    with open(out / "test_predictions.csv", "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["patient_id", "label", "score"])
        for row, score in zip(splits["test"], scores(model, splits["test"], device)):
            writer.writerow([row["patient_id"], row["label"], f"{score:.6f}"])
    print(f"frozen threshold {best[1]:.4f}; test predictions in {out / 'test_predictions.csv'}")
