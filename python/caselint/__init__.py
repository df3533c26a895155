"""caselint lints, scores and scaffolds healthcare-AI portfolio projects.

This package carries the caselint executable, which pip installs beside the environment's python:
run `caselint` (or `python -m caselint`). find_caselint_bin() tells scripts where it is.
"""

from __future__ import annotations

import os
import sysconfig

__all__ = ["find_caselint_bin"]


def find_caselint_bin() -> str:
    """The path of the caselint executable that came with this package."""
    name = "caselint" + (sysconfig.get_config_var("EXE") or "")
    folders = [sysconfig.get_path("scripts")]
    user_scheme = f"{os.name}_user"
    if user_scheme in sysconfig.get_scheme_names():
        folders.append(sysconfig.get_path("scripts", scheme=user_scheme))
    # `pip install --target DIR` puts the scripts in DIR/bin, beside the package.
    folders.append(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bin"))
    for folder in folders:
        path = os.path.join(folder, name)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    raise FileNotFoundError(f"the caselint executable is not in {', '.join(folders)}; reinstall the caselint package")
