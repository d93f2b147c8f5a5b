"""Give BIZ UDPGothic room below the baseline (run once; the adjusted files are committed).

The shipped BIZ UDPGothic declares a descent of 246/2048 em and no line gap: a line is exactly
one em, so wrapped lines of English touch and descenders (g, p, q, y, which reach 244/2048 em)
sit on the very last pixel row of a label. This sets ascent 1880, descent 420 (a line of
1.12 em) in the hhea, OS/2 typo and win metrics; the glyphs are unchanged. (The Latin
descenders are short by design, so at small sizes they still look shallow.) The
SIL Open Font License 1.1 allows modified versions (no Reserved Font Name is declared); the
licence travels with the files in OFL.txt.

    python assets/fonts/adjust_metrics.py   (needs fontTools: pip install fonttools)
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.ttLib import TTFont

ASCENT, DESCENT = 1880, 420
HERE = Path(__file__).resolve().parent


def adjust(path: Path) -> None:
    font = TTFont(str(path))
    hhea, os2 = font["hhea"], font["OS/2"]
    hhea.ascent, hhea.descent, hhea.lineGap = ASCENT, -DESCENT, 0
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = ASCENT, -DESCENT, 0
    os2.usWinAscent, os2.usWinDescent = ASCENT, DESCENT
    font.save(str(path))
    print(f"{path.name}: ascent {ASCENT}, descent {DESCENT} (units per em {font['head'].unitsPerEm})")


if __name__ == "__main__":
    for name in sys.argv[1:] or ["BIZUDPGothic-Regular.ttf", "BIZUDPGothic-Bold.ttf"]:
        adjust(HERE / name)
