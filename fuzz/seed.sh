#!/bin/sh
# Fills fuzz/corpus/<target>/ with the golden and seed vectors of
# tests/data/*.txt (lines `name<TAB>hex<TAB>text`, `#` comments), one file
# per distinct vector, named by its SHA-1 like libFuzzer's own corpus
# entries. Plus the hand-made inputs in fuzz/seeds/, if any. The `json`
# target gets the same vectors as JSON, written by a `tl` built with the
# feature serde (`$TL`, by default target/release/tl; without one it is
# left unseeded).
# The corpus is not committed (.gitignore); rerun this to recreate it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../tests/data"
targets="decode_any decode_seed_types roundtrip"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat "$data"/*.txt | grep -v '^#' | cut -f2 | grep -E '^([0-9a-fA-F]{2})+$' | sort -u > "$tmp/hex"

for t in $targets; do mkdir -p "$here/corpus/$t"; done
n=0
while IFS= read -r hex; do
    printf '%s' "$hex" | xxd -r -p > "$tmp/bin"
    name=$(sha1sum "$tmp/bin" | cut -d' ' -f1)
    for t in $targets; do cp "$tmp/bin" "$here/corpus/$t/$name"; done
    n=$((n + 1))
done < "$tmp/hex"
if [ -d "$here/seeds" ]; then
    for f in "$here"/seeds/*; do
        [ -f "$f" ] || continue
        for t in $targets; do cp "$f" "$here/corpus/$t/$(sha1sum "$f" | cut -d' ' -f1)"; done
    done
fi
echo "seeded $n vectors from tests/data/*.txt into fuzz/corpus/{$(echo $targets | tr ' ' ',')}"

tl=${TL:-$here/../target/release/tl}
if [ -x "$tl" ] && "$tl" decode --json 0fa231f8162829d805000000f9ffffffffffffff > /dev/null 2>&1; then
    mkdir -p "$here/corpus/json"
    j=0
    while IFS= read -r hex; do
        "$tl" decode --json "$hex" > "$tmp/json" 2>/dev/null || continue
        cp "$tmp/json" "$here/corpus/json/$(sha1sum "$tmp/json" | cut -d' ' -f1)"
        j=$((j + 1))
    done < "$tmp/hex"
    echo "seeded $j of them as JSON into fuzz/corpus/json"
else
    echo "fuzz/corpus/json left unseeded: build tl with the feature serde (cargo build --release --features tools,serde --bin tl) or set TL"
fi
