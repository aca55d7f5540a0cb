"""Sentence vectors: one signal, beside words, names and dates, that two phrasings say the same.

The vectors are WordLlama's packaged token embeddings (``wordllama==0.4.0.post1``, MIT, 256
dimensions, 16 MB inside the wheel), averaged over a phrase. They are read straight from the
installed package: nothing is downloaded, ever (``WordLlama.load()`` would try to fetch a
tokenizer, so it is not used). Without the package every similarity is ``None`` and merging falls
back to words alone.

>>> v = phrase_vectors(["the power cable agreement", "an agreement on the power cable"])
>>> v is None or round(cosine(v[0], v[1]), 1) >= 0.7
True
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_WEIGHTS = ("weights", "l2_supercat_256.safetensors")
_TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")
_DIMENSIONS = 256


class _Embedder:
    """WordLlama's embedding of phrases (``WordLlamaInference.embed`` with ``norm=True``, the
    same arithmetic), on the package's own files. The package itself is not imported: its
    ``__init__`` pulls in a web client and training code, a third of a second at every start
    (``tests/test_merge_evidence.py`` checks the rows are WordLlama's)."""

    BATCH = 64  # phrases tokenised at once, as WordLlama does

    def __init__(self, embedding: Any, tokenizer: Any) -> None:
        import numpy as np

        self.embedding = np.ascontiguousarray(embedding.astype(np.float32))
        self.tokenizer = tokenizer
        tokenizer.enable_padding()
        tokenizer.no_truncation()

    def embed(self, texts: list[str]) -> Any:
        import numpy as np

        out = np.empty((len(texts), self.embedding.shape[1]), dtype=np.float32)
        # Shortest first: a batch is padded to its longest phrase, and a phrase's row does not
        # depend on its batch (the padding is masked out of a sum taken in token order;
        # tests/test_merge_evidence.py checks the rows against WordLlama's, batched as given),
        # so batches of like lengths pad little: a day's sentences embed a third faster.
        order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
        for start in range(0, len(texts), self.BATCH):
            batch = order[start : start + self.BATCH]
            encoded = self.tokenizer.encode_batch(
                [texts[k] for k in batch], is_pretokenized=False, add_special_tokens=False
            )
            ids = np.array([e.ids for e in encoded], dtype=np.int32)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.float32)
            np.clip(ids, 0, self.embedding.shape[0] - 1, out=ids)
            tokens = self.embedding[ids]
            counts = np.maximum(mask.sum(axis=1, keepdims=True), 1.0).astype(np.float32)
            pooled = np.sum(tokens * mask[..., np.newaxis], axis=1, dtype=np.float32) / counts
            pooled /= np.linalg.norm(pooled, axis=1, keepdims=True)
            out[batch] = pooled
        return out


@functools.cache
def _model() -> _Embedder | None:
    """The packaged model, loaded once; None when the package or its files are missing."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("wordllama")
        from safetensors import safe_open
        from tokenizers import Tokenizer
    except ImportError:
        return None
    if spec is None or spec.origin is None:
        return None
    package = Path(spec.origin).resolve().parent
    weights, tokenizer = package.joinpath(*_WEIGHTS), package.joinpath(*_TOKENIZER)
    if not weights.is_file() or not tokenizer.is_file():
        return None
    with safe_open(str(weights), framework="np") as f:
        embedding = f.get_tensor("embedding.weight")
    return _Embedder(embedding, Tokenizer.from_file(str(tokenizer)))


def available() -> bool:
    """Whether the vectors can be used here."""
    return _model() is not None


def phrase_vectors(phrases: Sequence[str]) -> Any | None:
    """One unit-length row per phrase (a numpy array), a row of zeros for an empty phrase (alike
    to nothing), or None without the package.

    >>> v = phrase_vectors(["", "the cable deal"])
    >>> v is None or (float(v[0] @ v[0]), round(float(v[1] @ v[1]), 3))
    (0.0, 1.0)
    """
    model = _model()
    if model is None:
        return None
    import numpy as np

    texts = list(phrases)
    out = np.zeros((len(texts), _DIMENSIONS), dtype=np.float32)
    said = [k for k, text in enumerate(texts) if text.strip()]
    if said:
        out[said] = model.embed([texts[k] for k in said])
    return out


class SharedRows:
    """One row per item where many items share a row (ten copies of one report, the empty
    sentences of mentions that are not one day): only the distinct rows are held, with each
    item's row number. Read as the array of one row per item: ``rows[i]``, ``rows[[i, j]]``.

    >>> rows = shared_vectors(["the cable deal", "", "the cable deal"])
    >>> rows is None or (len(rows.rows), bool((rows[0] == rows[2]).all()), rows[[0, 1]].shape)
    (2, True, (2, 256))
    """

    def __init__(self, rows: Any, index: Sequence[int]) -> None:
        import numpy as np

        self.rows = rows
        self.index = np.asarray(index, dtype=np.int64)

    def __getitem__(self, key: Any) -> Any:
        return self.rows[self.index[key]]

    def __len__(self) -> int:
        return len(self.index)


def shared_vectors(phrases: Sequence[str]) -> SharedRows | None:
    """:func:`phrase_vectors` of ``phrases``, each distinct phrase embedded and held once."""
    row: dict[str, int] = {}
    index = [row.setdefault(text, len(row)) for text in phrases]
    found = phrase_vectors(list(row))
    return None if found is None else SharedRows(found, index)


def cosine(a: Any, b: Any) -> float:
    """Cosine of two unit-length rows."""
    return float(a @ b)


def cosine_of_sums(a: Any, b: Any) -> float:
    """Cosine of two sums of rows (the mean direction of two groups of phrases)."""
    norm = float((a @ a) * (b @ b)) ** 0.5
    return float(a @ b) / norm if norm else 0.0


def close_pairs(rows: Any, members: Sequence[int], threshold: float) -> list[tuple[int, int]]:
    """The pairs ``(members[x], members[y])``, x < y, whose rows have a cosine of at least
    ``threshold``: one matrix product for the group, not a Python loop over its pairs.

    >>> v = phrase_vectors(["the cable deal was signed", "they signed the cable deal", "rain"])
    >>> v is None or close_pairs(v, [0, 1, 2], 0.8) == [(0, 1)]
    True
    """
    import numpy as np

    block = rows[list(members)]
    xs, ys = np.nonzero(np.triu(block @ block.T >= threshold, 1))
    return [(members[x], members[y]) for x, y in zip(xs.tolist(), ys.tolist(), strict=True)]


def close_pairs_of(
    rows: Any, mine: Sequence[int], members: Sequence[int], threshold: float
) -> list[tuple[int, int]]:
    """:func:`close_pairs` of ``members`` that hold one of ``mine`` (a few new rows against a
    day's many): each pair once, as ``(smaller, larger)``.

    >>> v = phrase_vectors(["the cable deal was signed", "they signed the cable deal", "rain"])
    >>> v is None or close_pairs_of(v, [1], [0, 1, 2], 0.8) == [(0, 1)]
    True
    """
    import numpy as np

    if not mine:
        return []
    close = rows[list(mine)] @ rows[list(members)].T >= threshold
    found = set()
    for x, y in zip(*(axis.tolist() for axis in np.nonzero(close)), strict=True):
        i, j = mine[x], members[y]
        if i != j:
            found.add((min(i, j), max(i, j)))
    return sorted(found)
