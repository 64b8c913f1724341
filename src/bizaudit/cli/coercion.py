"""Typer converts an option's value only when there is one to convert.

Typer (0.2x) converts each option's value through a Pydantic adapter that it builds the first
time the option is processed, whether or not the option was given: ``check`` built ten, six
of them for options left unset (``None``, which Typer hands back as it is, or ``()`` for a
list, without asking the adapter) and two for text options whose text it hands back as it is.
Each costs about 0.2 ms; together 4.5 M instructions of a small ``check -f json``, 0.4% of
its start-up (counted with callgrind, 2026-12-07).

:func:`install` makes each parameter's converter wait for a value that needs it: the real one
is built by Typer, as before, when an option is given a value other than plain text for a
text option. What Typer returns is unchanged (``tests/test_cli_coercion.py`` holds every
command's parsed options to Typer's own). On a Typer without these internals it does nothing.
"""

from __future__ import annotations

from typing import Any

#: Typer's parameter class and its own ``get_runtime_param``, once :func:`install` has run.
_OWN: tuple[type[Any], Any] | None = None


def typer_own() -> tuple[type[Any], Any] | None:
    """Typer's parameter class and the method :func:`install` replaced (for the tests that
    hold the two to the same answers); ``None`` where nothing was replaced."""
    return _OWN


def install() -> None:
    """Make Typer's parameters build their converters when a value needs one."""
    try:
        from typer import _coercion, core
    except ImportError:  # an older Typer, which converts through click's own types
        return
    parameter = getattr(core, "_TyperParameter", None)
    runtime = getattr(_coercion, "RuntimeParam", None)
    build: Any = getattr(core, "build_runtime_param", None)
    if parameter is None or runtime is None or build is None:
        return
    if not hasattr(parameter, "get_runtime_param") or getattr(parameter, "_deferred", False):
        return

    class Deferred(runtime):  # type: ignore[misc, valid-type]
        """Typer's converter, built on the first value that needs it (Typer's own frozen
        dataclass, with the parameter's type descriptor kept beside its fields)."""

        descriptor: Any

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            info = self.parameter_info
            if (
                type(value) is str
                and self.annotation is str
                and self.descriptor.file_annotation is None
                and getattr(info, "parser", None) is None
            ):
                return value  # what Typer's converter of text returns for text
            made = build(self.descriptor)
            param._runtime_param = made
            return made._coerce_value(value, param=param, ctx=ctx)

    def get_runtime_param(self: Any) -> Any:
        if self._runtime_param is None:
            descriptor = self.type_descriptor
            deferred = Deferred(
                parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
            )
            object.__setattr__(deferred, "descriptor", descriptor)
            self._runtime_param = deferred
        return self._runtime_param

    global _OWN
    _OWN = (parameter, parameter.get_runtime_param)
    parameter.get_runtime_param = get_runtime_param
    parameter._deferred = True
