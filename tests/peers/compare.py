#!/usr/bin/env python3
"""Checks igkg's exports against independent RDF tools.

  compare.py graphs TURTLE NTRIPLES   Turtle read by rdflib and by rapper, and igkg's N-Triples
                                      read by rdflib, must be the same graph.
  compare.py datasets TRIG NQUADS     TriG read by rdflib and by rapper, and igkg's N-Quads read
                                      by rdflib, must be the same quads in the same named graphs.
  compare.py shacl DATA SHAPES        DATA must conform to SHAPES (pySHACL, RDFS inference).

Exits 1 with a message on any difference.
"""
import subprocess
import sys

import rdflib
from rdflib.compare import isomorphic


def rapper(path, syntax, output):
    out = subprocess.run(["rapper", "-q", "-i", syntax, "-o", output, path], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def graphs(turtle, ntriples):
    by_rdflib = rdflib.Graph().parse(turtle, format="turtle")
    by_rapper = rdflib.Graph().parse(data=rapper(turtle, "turtle", "ntriples"), format="nt")
    exported = rdflib.Graph().parse(ntriples, format="nt")
    for name, g in (("rapper", by_rapper), ("N-Triples export", exported)):
        if not isomorphic(by_rdflib, g):
            sys.exit(f"Turtle read by rdflib ({len(by_rdflib)} triples) differs from {name} ({len(g)} triples)")
    print(f"graphs: {len(by_rdflib)} triples, isomorphic in rdflib, rapper and N-Triples")


def quads(dataset):
    return {(s, p, o, g.identifier if hasattr(g, "identifier") else g) for s, p, o, g in dataset.quads((None, None, None, None))}


def datasets(trig, nquads):
    by_rdflib = rdflib.Dataset().parse(trig, format="trig")
    by_rapper = rdflib.Dataset().parse(data=rapper(trig, "trig", "nquads"), format="nquads")
    exported = rdflib.Dataset().parse(nquads, format="nquads")
    reference = quads(by_rdflib)
    for name, d in (("rapper", by_rapper), ("N-Quads export", exported)):
        other = quads(d)
        if other != reference:
            sys.exit(f"TriG read by rdflib ({len(reference)} quads) differs from {name} ({len(other)} quads): "
                     f"{len(reference - other)} missing, {len(other - reference)} extra")
    print(f"datasets: {len(reference)} quads in {len({q[3] for q in reference})} graphs, equal in rdflib, rapper and N-Quads")


def shacl(data, shapes):
    import pyshacl
    conforms, _, report = pyshacl.validate(data, shacl_graph=shapes, inference="rdfs", data_graph_format="turtle",
                                           shacl_graph_format="turtle")
    if not conforms:
        sys.exit(report[:4000])
    print("shacl: conforms")


if __name__ == "__main__":
    {"graphs": graphs, "datasets": datasets, "shacl": shacl}[sys.argv[1]](*sys.argv[2:])
