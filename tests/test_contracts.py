"""Every output contract checked against its schema: SARIF against the OASIS SARIF 2.1.0 schema
(the draft 2020-12 version in oasis-tcs/sarif-spec), JUnit XML against the Jenkins xUnit plugin's
junit-10.xsd (the version that allows ``file`` and ``line`` on ``testcase``), and the JSON of
``check`` and ``diff`` against bizaudit's own schemas (``schema --report``; the diff model's). The
third-party schemas are kept unmodified in tests/schemas/ (its README.md says where each came
from); each contract also has a negative test, so a validator that accepts anything cannot pass."""

from __future__ import annotations

import hashlib
import json
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import pytest

from bizaudit.model import diff as diff_model

from .conftest import EXAMPLES, RunCli, WriteProfile

if TYPE_CHECKING:
    from xmlschema import XMLSchema

SCHEMAS = Path(__file__).resolve().parent / "schemas"
SARIF_SCHEMA = SCHEMAS / "sarif-2.1.0.json"
JUNIT_XSD = SCHEMAS / "junit-10.xsd"
DIALECT = "https://json-schema.org/draft/2020-12/schema"

# sha256 of each kept schema with CRLF read as LF (both are kept with LF endings, as the search
# index returned them; git may convert line endings on checkout, which changes no content). Any
# other edit fails.
KEPT = {
    SARIF_SCHEMA: "ad389db5a66fad5c131178b0e1f18600ac625616cd5ea20a00ee8ee246dc7069",
    JUNIT_XSD: "feb190c00a51272bebd8ddbbdd5ba06fcbc65d913fffbca660d8815439527042",
}

# Every example on its own, and the folder as CI runs it (several profiles in one report).
TARGETS = [*sorted(EXAMPLES.glob("*.yaml")), EXAMPLES]
TARGET_IDS = [t.name if t.is_file() else "examples/" for t in TARGETS]

BROKEN = "version: [\n"  # unreadable YAML: exit 2, and the report still says why

# RFC 3986 for `format: uri` and `uri-reference`. jsonschema checks these only when rfc3987 or
# rfc3986-validator is installed, so the check is spelled out here: offline and always on.
_URI_REFERENCE = re.compile(r"(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_POSITION = re.compile(r"\[\d+\]")

FORMATS = jsonschema.FormatChecker()  # every other format jsonschema can check offline


def _is_uri_reference(value: object) -> bool:
    return not isinstance(value, str) or _URI_REFERENCE.fullmatch(value) is not None


def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or (
        _SCHEME.match(value) is not None and _is_uri_reference(value)
    )


FORMATS.checks("uri-reference")(_is_uri_reference)
FORMATS.checks("uri")(_is_uri)


def _json_errors(validator: Any, instance: object) -> list[str]:
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(instance)]


def _schema_errors(schema: dict[str, Any]) -> list[str]:
    """What ``Draft202012Validator.check_schema`` checks (the metaschema, with its format checker),
    but every distinct error rather than the first."""
    cls = jsonschema.Draft202012Validator
    metaschema = cls(cls.META_SCHEMA, format_checker=cls.FORMAT_CHECKER)
    return sorted(set(_json_errors(metaschema, schema)))


def _xml_errors(schema: XMLSchema, root: ET.Element) -> list[str]:
    """Each distinct error once, with the element's path without positions."""
    return sorted(
        {f"{_POSITION.sub('', e.path or '')}: {e.reason}" for e in schema.iter_errors(root)}
    )


def _listed(errors: list[str]) -> str:
    return "does not validate:\n" + "\n".join(errors)


def _types(prop: dict[str, Any]) -> set[str]:
    """The JSON types a property allows, through anyOf/oneOf."""
    found = set()
    for branch in [prop, *prop.get("anyOf", []), *prop.get("oneOf", [])]:
        kind = branch.get("type")
        found |= {kind} if isinstance(kind, str) else set(kind or [])
    return found


@pytest.fixture(scope="module")
def sarif_validator() -> Any:
    # Whether the schema itself is valid is test_sarif_schema_is_the_oasis_draft_2020_12_schema's
    # question, asked once there, so that the SARIF tests below still say whether bizaudit's
    # output validates.
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=FORMATS)


@pytest.fixture(scope="module")
def junit_schema() -> XMLSchema:
    xmlschema = pytest.importorskip(
        "xmlschema", reason="xmlschema is not installed (it checks JUnit XML against the XSD)"
    )
    schema: XMLSchema = xmlschema.XMLSchema(JUNIT_XSD)
    return schema


@pytest.fixture
def report_schema(run_cli: RunCli) -> dict[str, Any]:
    result = run_cli("schema", "--report")
    assert result.exit_code == 0, result
    schema: dict[str, Any] = json.loads(result.stdout)
    return schema


@pytest.fixture
def report_validator(report_schema: dict[str, Any]) -> Any:
    return jsonschema.Draft202012Validator(report_schema, format_checker=FORMATS)


@pytest.fixture
def diff_validator() -> Any:
    # `bizaudit diff -f json` has no schema command; its contract is the model it serialises.
    schema = {"$schema": DIALECT} | diff_model.adapter().json_schema(mode="serialization")
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=FORMATS)


def _check(run_cli: RunCli, format: str, target: Path) -> str:
    result = run_cli("check", "-f", format, "--exit-zero", target)
    assert result.exit_code == 0, result
    return result.stdout


def _check_broken(run_cli: RunCli, write_profile: WriteProfile, format: str) -> str:
    result = run_cli("check", "-f", format, write_profile(BROKEN, name="broken.yaml"))
    assert result.exit_code == 2, result
    return result.stdout


# The kept schemas


@pytest.mark.parametrize("path", sorted(KEPT), ids=lambda p: p.name)
def test_kept_schemas_are_unmodified(path: Path) -> None:
    content = path.read_bytes().replace(b"\r\n", b"\n")
    assert hashlib.sha256(content).hexdigest() == KEPT[path]


def test_sarif_schema_is_the_oasis_schema_with_its_known_defects() -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["$schema"] == DIALECT
    assert schema["$id"] == (
        "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/"
        "sarif-schema-2.1.0.json"
    )
    # The published file has three defects of its own (see tests/schemas/README.md); none of
    # them touches what bizaudit writes (no `language`; every region has a startLine). They
    # are pinned here, so that a newer copy of the schema is noticed and this list revisited.
    assert _schema_errors(schema) == [
        "$.definitions.region.properties.anyOf: [{'required': ['startLine']}, "
        "{'required': ['charOffset']}, {'required': ['byteOffset']}] is not of type "
        "'object', 'boolean'",
        "$.definitions.run.properties.language.pattern: '^(?i)[a-zA]{2}(-[a-z]{2})?$' is not "
        "a 'regex'",
        "$.definitions.toolComponent.properties.language.pattern: "
        "'^(?i)[a-zA]{2}(-[a-z]{2})?$' is not a 'regex'",
    ]


# SARIF


@pytest.mark.parametrize("target", TARGETS, ids=TARGET_IDS)
def test_sarif_validates(run_cli: RunCli, sarif_validator: Any, target: Path) -> None:
    sarif = json.loads(_check(run_cli, "sarif", target))
    errors = _json_errors(sarif_validator, sarif)
    assert not errors, _listed(errors)
    if target == EXAMPLES:
        assert sarif["runs"][0]["results"], "the examples have findings; the test needs some"


def test_sarif_of_an_unreadable_profile_validates(
    run_cli: RunCli, write_profile: WriteProfile, sarif_validator: Any
) -> None:
    sarif = json.loads(_check_broken(run_cli, write_profile, "sarif"))
    errors = _json_errors(sarif_validator, sarif)
    assert not errors, _listed(errors)
    (invocation,) = sarif["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["level"] == "error"


def test_sarif_uris_of_awkward_paths_validate(
    run_cli: RunCli, write_profile: WriteProfile, sarif_validator: Any
) -> None:
    cafe = (EXAMPLES / "cafe.yaml").read_text(encoding="utf-8")
    path = write_profile(cafe, name="café #2 (copy).yaml")
    sarif = json.loads(_check(run_cli, "sarif", path))
    errors = _json_errors(sarif_validator, sarif)
    assert not errors, _listed(errors)


def test_uri_formats_are_checked(sarif_validator: Any) -> None:
    location = {"uri": "examples/my cafe.yaml"}  # a space is not allowed in a URI
    errors = _json_errors(
        sarif_validator.evolve(schema={"$ref": "#/definitions/artifactLocation"}), location
    )
    assert errors == ["$.uri: 'examples/my cafe.yaml' is not a 'uri-reference'"]


def test_sarif_schema_rejects_a_log_without_version(run_cli: RunCli, sarif_validator: Any) -> None:
    sarif = json.loads(_check(run_cli, "sarif", EXAMPLES / "cafe.yaml"))
    del sarif["version"]
    assert _json_errors(sarif_validator, sarif) == ["$: 'version' is a required property"]


def test_sarif_schema_rejects_an_unknown_level(run_cli: RunCli, sarif_validator: Any) -> None:
    sarif = json.loads(_check(run_cli, "sarif", EXAMPLES / "cafe.yaml"))
    sarif["runs"][0]["results"][0]["level"] = "fatal"
    assert _json_errors(sarif_validator, sarif) == [
        "$.runs[0].results[0].level: 'fatal' is not one of ['none', 'note', 'warning', 'error']"
    ]


# JUnit XML


@pytest.mark.parametrize("target", TARGETS, ids=TARGET_IDS)
def test_junit_validates(run_cli: RunCli, junit_schema: XMLSchema, target: Path) -> None:
    root = ET.fromstring(_check(run_cli, "junit", target).encode("utf-8"))
    errors = _xml_errors(junit_schema, root)
    assert not errors, _listed(errors)
    assert root.find("testsuite/testcase") is not None


def test_junit_of_an_unreadable_profile_validates(
    run_cli: RunCli, write_profile: WriteProfile, junit_schema: XMLSchema
) -> None:
    root = ET.fromstring(_check_broken(run_cli, write_profile, "junit").encode("utf-8"))
    errors = _xml_errors(junit_schema, root)
    assert not errors, _listed(errors)
    assert root.find("testsuite/testcase/error") is not None


def test_junit_schema_rejects_a_renamed_testsuite(run_cli: RunCli, junit_schema: XMLSchema) -> None:
    root = ET.fromstring(_check(run_cli, "junit", EXAMPLES / "cafe.yaml").encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None
    suite.tag = "suite"
    assert not junit_schema.is_valid(root)
    assert any("suite" in str(e.reason) for e in junit_schema.iter_errors(root))


# JSON


def test_report_schema_is_valid_and_types_money_and_shares(report_schema: dict[str, Any]) -> None:
    assert report_schema["$schema"] == DIALECT
    jsonschema.Draft202012Validator.check_schema(report_schema)
    defs = report_schema["$defs"]
    assert _types(defs["ProfileReport"]["properties"]["revenue"]) == {"string"}
    assert _types(defs["ActivityResult"]["properties"]["spend"]) == {"string"}
    assert "number" in _types(defs["Metrics"]["properties"]["marketing_share_of_revenue"])
    assert "string" not in _types(defs["Metrics"]["properties"]["marketing_share_of_revenue"])


@pytest.mark.parametrize("target", TARGETS, ids=TARGET_IDS)
def test_json_report_validates(run_cli: RunCli, report_validator: Any, target: Path) -> None:
    report = json.loads(_check(run_cli, "json", target))
    errors = _json_errors(report_validator, report)
    assert not errors, _listed(errors)
    assert all(isinstance(p["revenue"], str) for p in report["profiles"])


def test_json_report_of_an_unreadable_profile_validates(
    run_cli: RunCli, write_profile: WriteProfile, report_validator: Any
) -> None:
    report = json.loads(_check_broken(run_cli, write_profile, "json"))
    errors = _json_errors(report_validator, report)
    assert not errors, _listed(errors)
    assert report["errors"]


def test_report_schema_rejects_revenue_as_a_number(run_cli: RunCli, report_validator: Any) -> None:
    report = json.loads(_check(run_cli, "json", EXAMPLES / "cafe.yaml"))
    report["profiles"][0]["revenue"] = 310000
    assert _json_errors(report_validator, report) == [
        "$.profiles[0].revenue: 310000 is not of type 'string'"
    ]


def _diff(run_cli: RunCli) -> dict[str, Any]:
    old, new = EXAMPLES / "history" / "coaching-2025.yaml", EXAMPLES / "coaching.yaml"
    result = run_cli("diff", "-f", "json", old, new)
    assert result.exit_code == 0, result
    diff: dict[str, Any] = json.loads(result.stdout)
    return diff


def test_diff_json_validates(run_cli: RunCli, diff_validator: Any) -> None:
    diff = _diff(run_cli)
    errors = _json_errors(diff_validator, diff)
    assert not errors, _listed(errors)
    assert diff["spend"], "the diff moves spend; the test needs some"
    assert all(isinstance(s["before"], str) for s in diff["spend"])
    assert all(isinstance(m["after"], (int, float, type(None))) for m in diff["metrics"])
    assert any(isinstance(m["after"], float) for m in diff["metrics"])


def test_diff_schema_rejects_money_as_a_number(run_cli: RunCli, diff_validator: Any) -> None:
    diff = _diff(run_cli)
    diff["spend"][0]["before"] = 63600
    assert _json_errors(diff_validator, diff) == [
        "$.spend[0].before: 63600 is not of type 'string'"
    ]


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_json_report_is_pydantics_own_serialisation(example: Path) -> None:
    """The report's JSON is written without Pydantic (records handed to orjson as they are,
    money and shares converted by hand, for speed); Pydantic's serialiser of the same records,
    from the annotations the schema is made of, writes the same bytes."""
    from bizaudit.io.checker import Options, check
    from bizaudit.model.report import adapter, json_text

    report, _ = check([example], Options())
    assert json_text(report) == adapter().dump_json(report, indent=2).decode()


def _serializers(hint: Any) -> list[Any]:
    """Every serializer function an annotation carries, however deep (``model.report``'s
    ``Serialised`` or Pydantic's ``PlainSerializer``)."""
    from typing import Annotated, get_args, get_origin

    from pydantic import PlainSerializer

    from bizaudit.model.report import Serialised

    found = []
    if get_origin(hint) is Annotated:
        found += [
            m.func for m in get_args(hint)[1:] if isinstance(m, (PlainSerializer, Serialised))
        ]
    for arg in get_args(hint):
        found += _serializers(arg)
    return found


def test_records_ask_only_for_conversions_the_json_writer_makes() -> None:
    """``json_bytes`` hands records to orjson unconverted and writes only money and figures
    itself: a record whose annotation asked for another conversion would be written wrongly
    on paths no example takes, so every record in the report, the diff and the plan asks for
    none other."""
    import dataclasses
    from typing import get_type_hints

    from bizaudit.model import diff, plan, report

    seen = set()
    for module in (report, diff, plan):
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value):
                if value.__module__ != module.__name__:
                    continue
                for hint in get_type_hints(value, include_extras=True).values():
                    seen.update(_serializers(hint))
    assert seen == {report.plain_amount, float}


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.yaml"))[:3], ids=lambda p: p.name)
def test_to_data_reads_as_the_json_report(example: Path) -> None:
    """``to_data`` (for the SARIF and trend writers) gives the data the JSON report holds."""
    import orjson

    from bizaudit.io.checker import Options, check
    from bizaudit.model.report import json_bytes, to_data

    report, _ = check([example], Options())
    assert to_data(report) == orjson.loads(json_bytes(report))


def _figure_kind(hint: Any) -> str | None:
    """ "number" for a field annotated as a figure (``ShareOut``), "money" for ``MoneyOut``."""
    from types import NoneType, UnionType
    from typing import Annotated, Union, get_args, get_origin

    from pydantic import PlainSerializer

    from bizaudit.model.report import Serialised, plain_amount

    origin, args = get_origin(hint), get_args(hint)
    if origin is Annotated:
        for meta in args[1:]:
            if isinstance(meta, (PlainSerializer, Serialised)):
                return {float: "number", plain_amount: "money"}.get(meta.func)
        return _figure_kind(args[0])
    if origin in (Union, UnionType):
        kinds = {_figure_kind(a) for a in args if a is not NoneType}
        return kinds.pop() if len(kinds) == 1 else None
    return None


def _typed_wrongly(value: object, where: str = "$") -> list[str]:
    """Where a report holds a figure otherwise than its field's annotation says: a share, a
    ratio or hours (``ShareOut``) must be a ``Number``, written as a JSON number; money
    (``MoneyOut``) a plain ``Decimal``, written as a decimal string. The JSON writer tells them
    apart by type alone, so one built wrongly would change the contract without a word."""
    from dataclasses import fields, is_dataclass
    from decimal import Decimal
    from typing import get_type_hints

    from bizaudit.model.report import Number

    if is_dataclass(value) and not isinstance(value, type):
        hints = get_type_hints(type(value), include_extras=True)
        wrong: list[str] = []
        for field in fields(value):
            held, place = getattr(value, field.name), f"{where}.{field.name}"
            kind = _figure_kind(hints[field.name])
            if held is not None and kind == "number" and type(held) is not Number:
                wrong.append(f"{place}: {held!r} is a figure held as {type(held).__name__}")
            if held is not None and kind == "money" and type(held) is not Decimal:
                wrong.append(f"{place}: {held!r} is money held as {type(held).__name__}")
            wrong += _typed_wrongly(held, place)
        return wrong
    if isinstance(value, (list, tuple)):
        return [w for i, item in enumerate(value) for w in _typed_wrongly(item, f"{where}[{i}]")]
    if isinstance(value, dict):
        return [w for k, item in value.items() for w in _typed_wrongly(item, f"{where}.{k}")]
    return []


def test_every_figure_is_held_as_its_field_says_money_or_number() -> None:
    """Every example's report, a diff and a plan: the JSON writes each Decimal by its type."""
    from dataclasses import replace

    from bizaudit.core.diff import compare
    from bizaudit.core.plan import Assumptions, plan
    from bizaudit.explain.plan import plan_report
    from bizaudit.io.checker import Options, audit_of, check, load_profile
    from bizaudit.model.report import Number

    verticals = Path(__file__).parent / "fixtures" / "verticals"
    report = check([EXAMPLES, verticals, *EXAMPLES.glob("*/*.yaml")], Options())[0]
    assert len(report.profiles) >= 15
    old = check([EXAMPLES / "history" / "coaching-2025.yaml"], Options())[0].profiles[0]
    [new] = [p for p in report.profiles if p.path.endswith("/coaching.yaml")]
    _, profile = load_profile(EXAMPLES / "coaching.yaml", Options().limits)
    facts = audit_of(profile, Options()).facts
    made = plan(facts.by_channel, budget=Decimal(20000), target=None,
                ltv=facts.economics.ltv.value, assumptions=Assumptions())  # fmt: skip
    for name, value in [
        ("examples", report),
        ("diff", compare(old, new)),
        ("plan", plan_report(made, facts, path="coaching.yaml")),
    ]:
        assert not _typed_wrongly(value), f"{name}: {_typed_wrongly(value)}"
    # the check can fail: a share held as money, and money held as a figure
    wrong = replace(
        report.profiles[0],
        revenue=Number(1),
        metrics=replace(report.profiles[0].metrics, referral_share=Decimal("0.5")),  # type: ignore[arg-type]
    )
    assert [w.split(":")[0] for w in _typed_wrongly(wrong)] == [
        "$.revenue", "$.metrics.referral_share"
    ]  # fmt: skip


def test_a_record_reads_as_a_dataclass_would() -> None:
    """Records share one ``__repr__`` (not one compiled for each class at start-up); it names
    the class and every field in order, as the dataclass's own would."""
    from bizaudit.model.report import SkippedRule

    skipped = SkippedRule(rule="BA101", reason="seasonal", line=None)
    assert repr(skipped) == "SkippedRule(rule='BA101', reason='seasonal', line=None)"


def test_a_serialised_figure_has_the_schema_pydantics_plain_serializer_gives() -> None:
    """``model.report.Serialised`` stands for Pydantic's ``PlainSerializer`` (whose module
    start-up no longer imports): the same JSON Schema and the same JSON, for money and for a
    figure, in a record and alone."""
    from decimal import Decimal
    from typing import Annotated

    from pydantic import PlainSerializer, TypeAdapter

    from bizaudit.model.report import Number, Serialised, plain_amount

    for base, func, returned in ((Decimal, plain_amount, str), (Number, float, float)):
        ours: TypeAdapter[Any] = TypeAdapter(Annotated[base, Serialised(func, returned)])
        theirs: TypeAdapter[Any] = TypeAdapter(
            Annotated[base, PlainSerializer(func, return_type=returned)]
        )
        for mode in ("validation", "serialization"):
            assert ours.json_schema(mode=mode) == theirs.json_schema(mode=mode)
        value = base("12.50")
        assert ours.dump_json(value) == theirs.dump_json(value)
        assert ours.dump_python(value, mode="json") == theirs.dump_python(value, mode="json")
