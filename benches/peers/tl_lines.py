"""The definition lines of a .tl file, for the generators in this directory
(gen_tlp_full.py, gen_grammers_dispatch.py)."""
import re
import sys

LINE = re.compile(r"^([\w.]+)#([0-9a-f]+)\s*(.*?)\s*=\s*([^;]+?)\s*;$")


def definitions(path, script):
    """Every definition of `path`, in schema order: (name, id, fields text,
    type, is_method). A line that is no definition, comment or section
    marker stops `script` with the line."""
    method = False
    for line in open(path):
        line = line.strip()
        if line.startswith("---functions---"):
            method = True
            continue
        if line.startswith("---types---"):
            method = False
            continue
        if not line or line.startswith("//"):
            continue
        m = LINE.match(line)
        if not m:
            sys.exit(f"{script}: unrecognised line: {line}")
        name, cid, fields, ty = m.groups()
        yield name, int(cid, 16), fields, ty, method
