#!/usr/bin/env bash
# Submits sharded extraction as a Slurm job array of N tasks plus a merge job that runs when all
# tasks succeeded (docs/cluster.md). Prints the two job ids ("ARRAY MERGE").
#   packaging/cluster/submit-features.sh N MODALITY INPUT OUT_PREFIX [sbatch options...]
# e.g. submit-features.sh 16 image /data/real /scratch/real --partition=gpu --gres=gpu:1
# Environment: GENLENS (the executable; default genlens on PATH), GENLENS_ARGS (more options of
# `genlens features`).
set -euo pipefail

if [ $# -lt 4 ]; then
    sed -n '2,8p' "$0" >&2
    exit 1
fi
n=$1 modality=$2 input=$3 out=$4
shift 4
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
case $n in
    '' | *[!0-9]* | 0) echo "submit-features: N must be a positive integer, got '$n'" >&2; exit 1 ;;
esac
export GENLENS="${GENLENS:-genlens}" GENLENS_ARGS="${GENLENS_ARGS:-}"
array=$(GENLENS_MODALITY=$modality GENLENS_INPUT=$input GENLENS_OUT=$out \
    sbatch --parsable --array="0-$((n - 1))" --export=ALL "$@" "$here/genlens-features.sbatch")
array=${array%%;*}
merge=$(GENLENS_OUT=$out GENLENS_SHARDS=$n \
    sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes --export=ALL "$@" \
    "$here/genlens-merge.sbatch")
echo "$array ${merge%%;*}"
