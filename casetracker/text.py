"""Text as it is shown: bidirectional controls made visible, so a name cannot disguise what follows it."""

# Embeddings and overrides (U+202A-U+202E), isolates (U+2066-U+2069) and the marks (LRM, RLM, ALM) reorder
# the text around them: "Invoice \u202efdp.exe" reads "Invoice exe.pdf". Letters of right-to-left scripts
# need none of them to show correctly.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
VISIBLE = {ord(char): f"[U+{ord(char):04X}]" for char in BIDI_CONTROLS}


def display_safe(text: str) -> str:
    """Each bidirectional control replaced by its code point, written out: "Invoice [U+202E]fdp.exe"."""
    if not any(char in text for char in BIDI_CONTROLS):
        return text  # nearly every page: one scan per control, no copy
    return text.translate(VISIBLE)
