#!/usr/bin/python3
"""checkpoint.py: litnn's checkpoints (chapter 5, core/checkpoint) from Python.

  checkpoint.py from-torch STATE.pt OUT.ckpt   a PyTorch state_dict (or a
                                               whole module) saved with
                                               torch.save, as a checkpoint
  checkpoint.py show FILE.ckpt                 every part's name and shape

The format: the 8 bytes litnn-ck; the version (1) and the number of parts,
4-byte unsigned little-endian integers; for each part its name's length (4
bytes), the name in UTF-8, its number of dimensions d (4 bytes) and its
shape (d times 8 bytes); then every part's numbers in the header's order,
row-major, as little-endian IEEE 754 doubles. A C model loads the parts by
name, so the names are the state_dict's keys.

As a module: write(path, [(name, array)]) and read(path) -> [(name, array)].
"""
import struct
import sys

MARK = b"litnn-ck"
VERSION = 1


def write(path, parts):
    """Writes [(name, array-like)] as a checkpoint at path."""
    import numpy as np
    arrays = [(name, np.asarray(value, dtype="<f8")) for name, value in parts]
    with open(path, "wb") as f:
        f.write(MARK + struct.pack("<II", VERSION, len(arrays)))
        for name, a in arrays:
            raw = name.encode("utf-8")
            f.write(struct.pack("<I", len(raw)) + raw + struct.pack("<I", a.ndim))
            f.write(struct.pack(f"<{a.ndim}Q", *a.shape))
        for _, a in arrays:
            f.write(np.ascontiguousarray(a).tobytes())


def read(path):
    """[(name, float64 array)] of the checkpoint at path."""
    import numpy as np
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != MARK:
        raise ValueError(f"{path}: not a checkpoint (it does not start with litnn-ck)")
    version, count = struct.unpack_from("<II", data, 8)
    if version != VERSION:
        raise ValueError(f"{path}: a checkpoint of version {version}, this reads {VERSION}")
    at, header = 16, []
    for _ in range(count):
        (length,) = struct.unpack_from("<I", data, at)
        name = data[at + 4:at + 4 + length].decode("utf-8")
        (ndim,) = struct.unpack_from("<I", data, at + 4 + length)
        at += 8 + length
        shape = struct.unpack_from(f"<{ndim}Q", data, at)
        at += 8 * ndim
        header.append((name, shape))
    parts = []
    for name, shape in header:
        n = int(np.prod(shape))
        parts.append((name, np.frombuffer(data, "<f8", n, at).reshape(shape).copy()))
        at += 8 * n
    if at != len(data):
        raise ValueError(f"{path}: {len(data) - at} bytes after the last number")
    return parts


def main(argv):
    if len(argv) == 4 and argv[1] == "from-torch":
        import torch
        state = torch.load(argv[2], map_location="cpu")
        if hasattr(state, "state_dict"):
            state = state.state_dict()
        write(argv[3], [(name, t.detach().double().numpy()) for name, t in state.items()])
        return 0
    if len(argv) == 3 and argv[1] == "show":
        for name, a in read(argv[2]):
            print(f"{name}\t{tuple(a.shape)}")
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
