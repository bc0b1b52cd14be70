"""Loading the YAML files that hold riwaya's language knowledge, with errors that name file and line.

Every lexicon and gazetteer file goes through `load_yaml`: duplicate keys are an
error (PyYAML silently keeps the last one), and any problem is a `DataError`
naming the file, the line and what is wrong, so a linguist can fix it without
reading Python.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class DataError(ValueError):
    """A language-data file is wrong: `path:line: message`."""

    def __init__(self, path: str | Path, line: int | None, message: str):
        self.path, self.line, self.message = str(path), line, message
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {message}")


# libyaml's parser (PyYAML built with it) is several times faster and keeps the same marks.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_BaseLoader):
    """SafeLoader that refuses duplicate keys and remembers each mapping's line."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in seen:
            raise DataError(loader.name, line, f"duplicate key {key!r} (first at line {seen[key]})")
        seen[key] = line
    mapping = loader.construct_mapping(node, deep=deep)
    return LinedDict(mapping, node.start_mark.line + 1, {k: v for k, v in seen.items()})


class LinedDict(dict):
    """A dict that knows the line it started on and the line of each key."""

    def __init__(self, data: dict, line: int, key_lines: dict):
        super().__init__(data)
        self.line = line
        self.key_lines = key_lines


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: str | Path) -> Any:
    """Parse one YAML file; raise DataError(path, line, reason) on any problem."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as e:
        raise DataError(p, None, f"cannot read: {e.strerror or e}") from None
    except UnicodeDecodeError as e:
        raise DataError(p, None, f"not UTF-8 ({e.reason} at byte {e.start})") from None
    loader = _UniqueKeyLoader(text)
    loader.name = str(p)
    try:
        return loader.get_single_data()
    except DataError:
        raise
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        raise DataError(p, mark.line + 1 if mark else None, str(e.problem or e)) from None
    finally:
        loader.dispose()


def line_of(node: Any, key: Any = None) -> int | None:
    """The line of a mapping (or of one of its keys) loaded by load_yaml, when known."""
    if isinstance(node, LinedDict):
        if key is not None and key in node.key_lines:
            return node.key_lines[key]
        return node.line
    return None
