"""Mask personal data in customer chat lines before they are stored or broadcast.

A customer who types a phone, ID-card or bank-card number into a public room exposes it to every
viewer, so the number is masked at the door: only the last four digits stay. Detection works on
runs of digits that may be split by spaces or dashes and may use full-width digits (common with
Chinese input methods), so "138 1234 5678" and "１３８１２３４５６７８" are caught as well.
"""

import re

_DIGIT = r"[0-9０-９]"
_SEP = r"[ \-－\u3000]?"
# A run of 11–19 digits (separators allowed between them), optionally ending with the ID check letter X.
_RUN = re.compile(rf"(?<![0-9０-９]){_DIGIT}(?:{_SEP}{_DIGIT}){{10,18}}(?:{_SEP}[xX])?(?![0-9０-９])")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def _classify(digits: str) -> str | None:
    if len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789":
        return "phone"
    if len(digits) == 18 or (len(digits) == 17 and digits.endswith(("x", "X"))) or len(digits) == 15:
        return "id_number"
    if 16 <= len(digits) <= 19 or len(digits) in (12, 13, 14):
        return "card_number"
    return None


def mask_personal_data(text: str) -> tuple[str, list[str]]:
    """Return ``text`` with phone, ID and card numbers masked, and the kinds that were found.

    Every digit but the last four of a match becomes ``*``; separators are kept so the line still
    reads naturally. Pure function: no I/O.
    """
    kinds: list[str] = []

    def replace(match: re.Match) -> str:
        raw = match.group(0)
        digits = "".join(ch for ch in raw.translate(_FULLWIDTH) if ch.isdigit() or ch in "xX")
        kind = _classify(digits if not digits.endswith(("x", "X")) else digits[:-1] + "0")
        if kind is None:
            return raw
        if kind not in kinds:
            kinds.append(kind)
        keep = 4
        out = []
        for ch in reversed(raw):
            if ch.isdigit() or ch in "xX０１２３４５６７８９":
                out.append(ch if keep > 0 else "*")
                keep -= 1
            else:
                out.append(ch)
        return "".join(reversed(out))

    return _RUN.sub(replace, text), kinds
