"""``bizaudit classify``: how activity names are read, and the classifier's accuracy."""

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from bizaudit.cli.app import app, emit, exit_on_input_errors, guarded, settings
from bizaudit.explain.text import printable

if TYPE_CHECKING:
    from bizaudit.core.classify import Classifier

__all__ = ["classify_command"]


@app.command("classify")
@guarded
def classify_command(
    names: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(metavar="NAME", help="Activity names to classify.", show_default=False),
    ] = None,
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
        typer.Option(metavar="PROFILE", help="Also apply this profile's own classify rules."),
    ] = None,
) -> None:
    """Show how activity names are classified, and why."""
    if evaluate is not None:
        _evaluate(evaluate)
        return
    if not names:
        raise typer.BadParameter(
            "give at least one name, or --evaluate CORPUS.csv", param_hint="NAME"
        )
    if any(not name.strip() for name in names):
        raise typer.BadParameter("a name cannot be empty", param_hint="NAME")
    classify = _classifier(profile).classify
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
    if format != "table":
        raise typer.BadParameter("choose table or json", param_hint="--format")
    from bizaudit.render import tables

    emit(tables.classifications(results))


def _classifier(profile_path: Optional[Path]) -> "Classifier":  # noqa: UP045
    """The classifier a check of that profile would use, from this folder."""
    from bizaudit.io.checker import Options, load_profile
    from bizaudit.model.profile import ClassifyRules

    options = Options(settings=settings("rich"))
    rules = ClassifyRules()
    if profile_path is not None:
        with exit_on_input_errors("rich"):
            rules = load_profile(profile_path, options.limits)[1].classify
    return options.classifier_for(rules)


def _evaluate(corpus: Path) -> None:
    from bizaudit.core.evaluation import evaluate
    from bizaudit.io.corpus import read_corpus
    from bizaudit.render import tables

    with exit_on_input_errors("rich"):
        examples = read_corpus(corpus)
    result = evaluate(examples)
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
