"""Hatchling build hook: the caselint wheel carries the Swift executable, as ruff's carries Rust's.

The executable goes into the wheel's scripts (pip puts it on PATH beside the environment's python)
and the wheel is tagged for the platform the executable needs, read from its ELF headers. The
executable is the one named by CASELINT_BINARY (Scripts/release.sh passes its stripped static
build); without it, the hook builds one with Swift, so `pip install .` works in a clone.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import elf_requirements  # a sibling module, found through the line above

SCRATCH = ".build-release"


class CaselintBinaryHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":
            return
        binary = os.environ.get("CASELINT_BINARY") or self.build_from_source()
        if not os.path.isfile(binary) or not os.access(binary, os.X_OK):
            raise RuntimeError(f"CASELINT_BINARY={binary} is not an executable file")
        needs = elf_requirements.read(binary)
        if needs.foreign_libraries:
            raise RuntimeError(
                f"{binary} links {', '.join(needs.foreign_libraries)}: a wheel may only rely on the C runtime. "
                "Build it with `swift build -c release --static-swift-stdlib` (Scripts/release.sh does)."
            )
        self.check_version(binary)
        build_data["pure_python"] = False
        build_data["tag"] = f"py3-none-{needs.manylinux_tag}"
        build_data["shared_scripts"][binary] = "caselint"

    def check_version(self, binary: str) -> None:
        """A stale CASELINT_BINARY would ship one version under another's name."""
        printed = subprocess.run([binary, "--version"], capture_output=True, text=True, check=True).stdout.strip()
        if printed != self.metadata.version:
            raise RuntimeError(f"{binary} is caselint {printed}, but the wheel is {self.metadata.version}")

    def build_from_source(self) -> str:
        swift = shutil.which("swift")
        if swift is None:
            raise RuntimeError(
                "The caselint wheel needs the caselint executable: set CASELINT_BINARY to one built with "
                "`swift build -c release --static-swift-stdlib`, or install Swift 6 so this build can make it."
            )
        scratch = os.path.join(self.root, SCRATCH)
        command = [swift, "build", "-c", "release", "--static-swift-stdlib", "--product", "caselint"]
        subprocess.run([*command, "--package-path", self.root, "--scratch-path", scratch], check=True)
        stripped = os.path.join(scratch, "wheel", "caselint")
        os.makedirs(os.path.dirname(stripped), exist_ok=True)
        shutil.copy2(os.path.join(scratch, "release", "caselint"), stripped)
        if shutil.which("strip"):
            subprocess.run(["strip", stripped], check=True)
        return stripped
