#!/usr/bin/python3
"""Independent nearest-centroid assignment for tst_slices (issue 13, clusters:K).

usage: check_nearest_centroids.py CENTROIDS.npy ROWS.npy
Prints, on one line, the index of the nearest centroid of every row (squared Euclidean distance in
float64, ties to the smaller index as numpy.argmin breaks them).
"""
import sys

import numpy as np

centroids = np.load(sys.argv[1]).astype(np.float64)
rows = np.load(sys.argv[2]).astype(np.float64)
distances = ((rows[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
print(" ".join(str(int(i)) for i in distances.argmin(axis=1)))
