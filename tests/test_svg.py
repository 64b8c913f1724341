"""The SVG picture: it fetches nothing, and the spaces it draws stay drawn."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from .conftest import EXAMPLES, RunCli

SVG_NAMESPACE = 'xmlns="http://www.w3.org/2000/svg"'
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@pytest.fixture
def svg(run_cli: RunCli) -> str:
    result = run_cli("check", "-f", "svg", "--exit-zero", EXAMPLES / "coaching.yaml")
    assert result.exit_code == 0, result
    return result.stdout


def test_the_picture_asks_the_internet_for_nothing(svg: str) -> None:
    # Rich's template fetched Fira Code from cdnjs. The SVG namespace is a name, never
    # fetched, and without it the file is not an SVG.
    assert svg.count(SVG_NAMESPACE) == 1
    assert "http" not in svg.replace(SVG_NAMESPACE, "")
    assert "@font-face" not in svg
    # Every url() points inside the document (clip paths).
    assert set(re.findall(r"url\((.)", svg)) == {"#"}


def test_the_space_after_the_score_is_kept(svg: str) -> None:
    root = ET.fromstring(svg)
    # Each run of text is its own <text>; "  Weak: ..." starts with the two spaces, which
    # renderers dropped unless told to preserve them (librsvg drew "58/100Weak").
    assert root.get(XML_SPACE) == "preserve"
    texts = [t for t in root.iter("{http://www.w3.org/2000/svg}text") if t.text]
    line = next(t.get("y") for t in texts if t.text and t.text.startswith("Score"))
    shown = "".join(t.text or "" for t in texts if t.get("y") == line).replace("\xa0", " ")
    assert "Score 58/100  Weak: too little goes" in shown
    score = next(t for t in texts if t.get("y") == line and t.text == "58/100")
    verdict = next(t for t in texts if t.get("y") == line and "Weak" in (t.text or ""))
    # The verdict's run starts right after the score's six characters, with its two spaces.
    width = float(score.get("textLength") or 0) / len("58/100")
    assert float(verdict.get("x") or 0) == pytest.approx(float(score.get("x") or 0) + 6 * width)
    assert (verdict.text or "").startswith("\xa0\xa0Weak")
