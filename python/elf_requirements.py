"""What a Linux executable needs from the system it runs on, read from its ELF headers.

A wheel's platform tag promises where it runs: manylinux_2_35_x86_64 means "any x86-64 Linux with
glibc 2.35 or later". The promise holds only if the executable asks for no newer glibc symbol and
links no library beyond the C runtime, so both are read from the file rather than assumed.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

MACHINES = {0x3E: "x86_64", 0xB7: "aarch64"}
SHT_DYNAMIC = 6
SHT_GNU_VERNEED = 0x6FFFFFFE
DT_NEEDED = 1
# The C and C++ runtimes every manylinux system provides (PEP 600 and auditwheel's policy).
C_RUNTIME = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "librt.so.1",
    "libpthread.so.0",
    "libutil.so.1",
    "libstdc++.so.6",
    "libgcc_s.so.1",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
}


@dataclass
class ElfRequirements:
    arch: str
    needed: list[str]
    glibc: tuple[int, int]

    @property
    def manylinux_tag(self) -> str:
        return f"manylinux_{self.glibc[0]}_{self.glibc[1]}_{self.arch}"

    @property
    def foreign_libraries(self) -> list[str]:
        return [name for name in self.needed if name not in C_RUNTIME]


class ElfError(ValueError):
    pass


def read(path: str) -> ElfRequirements:
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:4] != b"\x7fELF":
        raise ElfError(f"{path} is not an ELF executable")
    if data[4] != 2:
        raise ElfError(f"{path} is not a 64-bit executable")
    endian = "<" if data[5] == 1 else ">"
    machine = struct.unpack_from(endian + "H", data, 18)[0]
    if machine not in MACHINES:
        raise ElfError(f"{path} is built for machine {machine:#x}; wheels are made for x86_64 and aarch64")
    section_offset = struct.unpack_from(endian + "Q", data, 40)[0]
    entry_size, count = struct.unpack_from(endian + "HH", data, 58)
    sections = [
        struct.unpack_from(endian + "IIQQQQIIQQ", data, section_offset + index * entry_size) for index in range(count)
    ]

    def strings(section_index: int, offset: int) -> str:
        start = sections[section_index][4] + offset
        return data[start : data.index(b"\0", start)].decode()

    needed: list[str] = []
    versions: list[str] = []
    for _name, kind, _flags, _addr, offset, size, link, info, _align, entsize in sections:
        if kind == SHT_DYNAMIC:
            for position in range(offset, offset + size, entsize):
                tag, value = struct.unpack_from(endian + "qQ", data, position)
                if tag == DT_NEEDED:
                    needed.append(strings(link, value))
        elif kind == SHT_GNU_VERNEED:
            position = offset
            for _ in range(info):
                _version, aux_count, _file, aux, following = struct.unpack_from(endian + "HHIII", data, position)
                aux_position = position + aux
                for _ in range(aux_count):
                    _hash, _flags, _other, name, aux_next = struct.unpack_from(endian + "IHHII", data, aux_position)
                    versions.append(strings(link, name))
                    aux_position += aux_next
                position += following
    glibc = [
        tuple(int(part) for part in match.groups())
        for match in map(re.compile(r"GLIBC_(\d+)\.(\d+)").fullmatch, versions)
        if match
    ]
    if not glibc:
        raise ElfError(f"{path} asks for no versioned glibc symbol: it is not a dynamically linked glibc executable")
    return ElfRequirements(arch=MACHINES[machine], needed=needed, glibc=max(glibc))
