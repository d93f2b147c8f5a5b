"""Make card-both.svg and its labels from card-front.svg and card-back.svg, so the two-sided
picture can never drift from the single sides: edit those, then run

    .venv/bin/python assets/images/compose.py

Each side's drawing is copied into a `<g transform>` at its offset (README.md) and its keys get a
`front-` or `back-` prefix, since both sides have a `title`. A test checks the files are current.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from quizapp.services.images import PLACEHOLDER

HERE = Path(__file__).resolve().parent
SIDES = (("front", 16), ("back", 888))
TOP = 64
CAPTIONS = {
    "front-caption": {"ja": "表面", "ja-easy": "おもて", "en": "Front"},
    "back-caption": {"ja": "裏面", "ja-easy": "うら", "en": "Back"},
}
HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Made by compose.py from card-front.svg and card-back.svg: edit those and run it again. -->
<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny"
     viewBox="0 0 1760 620" width="1760" height="620" font-family="BIZ UDPGothic">
  <rect x="0" y="0" width="1760" height="620" fill="#f5f5f2"/>
"""
CAPTION = """  <!-- {side}-caption [{x}, 0, 856, 56] -->
  <textArea x="{x}" y="10" width="856" height="40" font-size="32" font-weight="bold"
            text-anchor="middle" fill="#1a1a1a">{{{{{side}-caption}}}}</textArea>
"""


def body(svg: str) -> str:
    """What is inside the root `<svg>` element."""
    start = re.search(r"<svg\b[^>]*>", svg)
    end = svg.rfind("</svg>")
    if start is None or end < 0:
        raise SystemExit("not an SVG with a root <svg> element")
    return svg[start.end() : end].strip("\n")


def compose(folder: Path = HERE) -> tuple[str, str]:
    """card-both.svg and card-both.labels.yaml, as text."""
    svg = HEAD
    labels: dict[str, dict[str, str]] = {}
    for side, x in SIDES:
        svg += CAPTION.format(side=side, x=x)
        labels[f"{side}-caption"] = CAPTIONS[f"{side}-caption"]
    for side, x in SIDES:
        inner = body((folder / f"card-{side}.svg").read_text(encoding="utf-8"))
        inner = PLACEHOLDER.sub(f"{{{{{side}-\\1}}}}", inner)
        inner = "\n".join(f"  {line}" if line else line for line in inner.splitlines())
        svg += f"  <!-- {side} [{x}, {TOP}, 856, 540]: card-{side}.svg -->\n"
        svg += f'  <g transform="translate({x} {TOP})">\n{inner}\n  </g>\n'
        side_labels = yaml.safe_load((folder / f"card-{side}.labels.yaml").read_text(encoding="utf-8"))
        labels |= {f"{side}-{key}": texts for key, texts in side_labels.items()}
    svg += "</svg>\n"
    text = "# Made by compose.py from card-front.labels.yaml and card-back.labels.yaml: edit those.\n"
    text += yaml.safe_dump(labels, allow_unicode=True, sort_keys=False, width=1000, default_flow_style=None)
    return svg, text


def main() -> None:
    svg, labels = compose()
    (HERE / "card-both.svg").write_text(svg, encoding="utf-8")
    (HERE / "card-both.labels.yaml").write_text(labels, encoding="utf-8")


if __name__ == "__main__":
    main()
