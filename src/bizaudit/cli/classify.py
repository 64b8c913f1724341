"""``bizaudit classify``: how activity names (or customer sources) are read, and the
classifier's accuracy."""

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from bizaudit.cli.shared import app, emit, exit_on_input_errors, guarded, settings
from bizaudit.explain.text import printable

if TYPE_CHECKING:
    from collections.abc import Callable

    from bizaudit.core.classify import Classifier, SourceClass
    from bizaudit.core.evaluation import Example

__all__ = ["classify_command"]


@app.command("classify", short_help="Show how names (or customer sources) are read, and why.")
@guarded
def classify_command(
    names: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(
            metavar="NAME",
            help="Activity names (or, with --source, customer sources).",
            show_default=False,
        ),
    ] = None,
    source: Annotated[
        bool,
        typer.Option(
            "--source", help="The names are customer sources: say what kind of channel each is."
        ),
    ] = False,
    format: Annotated[
        str, typer.Option("--format", "-f", metavar="FORMAT", help="table or json.")
    ] = "table",
    evaluate: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            metavar="CORPUS.csv",
            help="Measure accuracy on a labelled CSV corpus and print a confusion table.",
        ),
    ] = None,
    profile: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            metavar="PROFILE",
            help="Also apply this profile's own classify rules, and read the names as its "
            "industry does.",
        ),
    ] = None,
    industry: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="VERTICAL",
            help="Read the names as a business of this industry would mean them (a vertical: "
            "dental, med-spa, staffing, ...), as a profile's business.industry does; it wins "
            "over --profile's.",
        ),
    ] = None,
) -> None:
    """Show how activity names (or customer sources) are classified, and why."""
    if format == "rich":  # what check, diff and trend call a table
        format = "table"
    if format not in ("table", "json"):
        raise typer.BadParameter("choose table or json", param_hint="--format")
    if evaluate is not None:
        _evaluate(evaluate, source)
        return
    if not names:
        raise typer.BadParameter(
            "give at least one name, or --evaluate CORPUS.csv", param_hint="NAME"
        )
    if any(not name.strip() for name in names):
        raise typer.BadParameter("a name cannot be empty", param_hint="NAME")
    if industry is not None:
        industry = _known_industry(industry)
    if source:
        _sources(names, _classifier(profile, industry).classify_source, format)
        return
    classify = _classifier(profile, industry).classify
    results = [(name, classify(name)) for name in names]
    if format == "json":
        payload = [
            {
                "name": name,
                "category": c.category,
                "purpose": c.purpose,
                "reason": c.reason,
                "confidence": c.confidence,
            }
            for name, c in results
        ]
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return
    from bizaudit.render import tables

    emit(tables.classifications(results))


def _sources(names: list[str], classify: "Callable[[str], SourceClass]", format: str) -> None:
    results = [(name, classify(name)) for name in names]
    if format == "json":
        payload = [{"name": name, "kind": s.kind, "reason": s.reason} for name, s in results]
        sys.stdout.write(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        return
    from bizaudit.render import tables

    emit(tables.source_readings(results))


def _known_industry(industry: str) -> str:
    """The industry as a profile's ``business.industry`` takes it (a vertical or a sector, in
    any case), or a usage error (exit 2) naming the one meant, as ``init`` does."""
    from bizaudit.model.vocab import INDUSTRIES, SECTORS, VERTICALS, industry_for

    found = industry.strip().lower()
    if found in INDUSTRIES:
        return found
    meant = industry_for(industry)
    hint = f" (did you mean {meant}?)" if meant else ""
    raise typer.BadParameter(
        f"{printable(industry)!r} is not an industry{hint}; the verticals: "
        f"{', '.join(VERTICALS)}; the sectors: {', '.join(SECTORS)}",
        param_hint="--industry",
    )


def _classifier(profile_path: Optional[Path], industry: Optional[str]) -> "Classifier":  # noqa: UP045
    """The classifier a check of that profile would use, from this folder; read as a business
    of ``industry`` would, where one is given."""
    from bizaudit.io.checker import Options, load_profile
    from bizaudit.model import verticals
    from bizaudit.model.profile import ClassifyRules

    options = Options(settings=settings("rich"))
    if profile_path is None:
        return options.classifier_for(ClassifyRules(), verticals.get(industry))
    with exit_on_input_errors("rich"):
        profile = load_profile(profile_path, options.limits)[1]
    reading = verticals.read_by(
        industry or profile.business.industry,
        profile.business.name,
        profile.business.trade if industry is None else None,
    )
    return options.classifier_for(profile.classify, reading)


def _evaluate(corpus: Path, source: bool) -> None:
    from bizaudit.core.evaluation import evaluate
    from bizaudit.io.corpus import read_labelled
    from bizaudit.io.errors import InputError

    with exit_on_input_errors("rich"):
        labelled = read_labelled(corpus)
        if source and not labelled.sources:
            raise InputError(
                printable(corpus),
                "this is a corpus of activity names (name,category,purpose), not of sources",
                "evaluate it without --source",
                1,
            )
    if labelled.sources:
        _evaluate_sources(corpus, labelled.examples)
        return
    from bizaudit.render import tables

    result = evaluate(labelled.examples)
    emit(tables.confusion(result))
    typer.echo(
        f"\n{result.total} names: category accuracy {result.category_accuracy:.1%}, "
        f"purpose accuracy {result.purpose_accuracy:.1%} "
        f"(of {result.with_purpose} with a purpose); "
        f"{result.confidently_wrong} confidently wrong, {result.unplaced} not placed "
        "(the audit asks for their kind)"
    )
    for example, got in result.misses:
        wanted = "/".join(x for x in example.expected if x)
        label = got.category + (f"/{got.purpose}" if got.purpose else "")
        typer.echo(
            f"  {printable(corpus)}:{example.line}: {example.name!r} expected {wanted}, "
            f"got {label} ({got.reason})"
        )


def _evaluate_sources(corpus: Path, examples: "list[Example]") -> None:
    from bizaudit.core.evaluation import evaluate_sources
    from bizaudit.render import tables

    result = evaluate_sources(examples)
    emit(tables.source_confusion(result))
    typer.echo(f"\n{result.total} sources: kind accuracy {result.accuracy:.1%}")
    for example, got in result.misses:
        typer.echo(
            f"  {printable(corpus)}:{example.line}: {example.name!r} expected "
            f"{example.expected[0]}, got {got.kind} ({got.reason})"
        )
