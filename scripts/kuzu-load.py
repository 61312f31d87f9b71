#!/usr/bin/env python3
"""Loads the `neo4j/` export of `didar build` into a Kùzu database (an embedded property-graph engine
that speaks Cypher), so the graph can be queried past what `didar query` and `didar path` offer.

    scripts/kuzu-load.py out/neo4j out/kuzu                     # load; prints the tables and their counts
    scripts/kuzu-load.py out/neo4j out/kuzu --replace           # load again over an earlier database
    scripts/kuzu-load.py --db out/kuzu --cypher "MATCH (p:Person) RETURN count(*)"   # query, JSON lines

Needs `python3 -m pip install kuzu` (`make deps` installs it). The schema is not written here: it is
read from the CSV headers, Neo4j bulk-import style (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`,
`name:int`, `name:date`, `name:string[]` …), so the loader follows the exporter when columns, types,
labels or relationship types change. One node table per label (the first label of a row; every label is
kept in the `labels` list property), one relationship table per type with one FROM/TO pair per pair of
labels it joins. Empty cells are NULL, as Neo4j's importer leaves them unset. Lists are split on
`--array-delimiter` (Neo4j's default `;`). Neo4j's `time`, `localtime`, `duration` and `point` have no
Kùzu equivalent that reads Neo4j's notation: they are kept as strings (a note says so).

Bad input (a missing header column, an unknown type, a relationship to an unknown node) stops the load
with the file, line and column named.
"""

import argparse
import csv
import json
import os
import shutil
import sys
import tempfile

try:
    import kuzu
except ImportError:  # the loader is useless without it: say how to get it
    sys.exit("kuzu-load: the Python package `kuzu` is missing; run `make deps` or `python3 -m pip install kuzu`")

# Neo4j bulk-import property types → Kùzu column types. Types Kùzu cannot parse from Neo4j's notation
# (ISO 8601 durations and times, points) stay strings rather than failing the whole load.
KUZU_TYPES = {
    "string": "STRING", "char": "STRING",
    "int": "INT64", "long": "INT64", "short": "INT16", "byte": "INT8",
    "float": "FLOAT", "double": "DOUBLE", "boolean": "BOOLEAN",
    "date": "DATE", "datetime": "TIMESTAMP", "localdatetime": "TIMESTAMP",
}
KEPT_AS_STRING = {"time", "localtime", "duration", "point"}


class LoadError(Exception):
    """A problem in the input, with the place it was found."""


class Column:
    """One header cell: `name:type`, `name:type[]`, or a Neo4j field such as `:LABEL` or `id:ID(space)`."""

    def __init__(self, path, index, cell):
        self.index = index
        name, _, kind = cell.partition(":")
        self.name = name
        kind = kind.strip()
        self.role = None  # ID, LABEL, START_ID, END_ID, TYPE, IGNORE, or None for a property
        base = kind.split("(", 1)[0].upper()
        if base in ("ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"):
            self.role = base
            self.neo4j_type, self.is_list = "string", False
        else:
            self.is_list = kind.endswith("[]")
            self.neo4j_type = (kind[:-2] if self.is_list else kind).lower() or "string"
            if self.neo4j_type not in KUZU_TYPES and self.neo4j_type not in KEPT_AS_STRING:
                raise LoadError(f"{path}:1: column {index + 1} «{cell}»: unknown Neo4j type «{self.neo4j_type}»")
            if not name:
                raise LoadError(f"{path}:1: column {index + 1} «{cell}»: a property column needs a name")
        if self.role == "ID" and not name:
            self.name = "id"  # Kùzu needs a primary-key property; Neo4j's `:ID` alone has no name

    @property
    def kuzu_type(self):
        base = KUZU_TYPES.get(self.neo4j_type, "STRING")
        return base + "[]" if self.is_list else base

    def expression(self, variable, delimiter):
        """The Cypher expression that turns the raw string cell `variable` into the declared type."""
        base = KUZU_TYPES.get(self.neo4j_type, "STRING")
        if self.is_list:
            split = f"string_split({variable}, {quote_string(delimiter)})"
            return split if base == "STRING" else f"list_transform({split}, v -> CAST(v AS {base}))"
        return variable if base == "STRING" else f"CAST({variable} AS {base})"


def quote_string(text):
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def quote_name(name):
    return "`" + name.replace("`", "``") + "`"


def read_header(path):
    with open(path, newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle), None)
    if not header:
        raise LoadError(f"{path}:1: empty file, expected a Neo4j header line")
    return [Column(path, i, cell) for i, cell in enumerate(header)]


def the(columns, role, path):
    found = [c for c in columns if c.role == role]
    if len(found) != 1:
        raise LoadError(f"{path}:1: expected one «:{role}» column, found {len(found)}")
    return found[0]


def split_rows(path, key, columns):
    """Groups the data rows of `path` by `key(row, line)`, each group written to its own CSV later."""
    groups = {}
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        for row in reader:
            line = reader.line_num
            if len(row) != len(columns):
                raise LoadError(f"{path}:{line}: {len(row)} cells, the header has {len(columns)}")
            groups.setdefault(key(row, line), []).append(row)
    return groups


def write_part(folder, name, rows):
    path = os.path.join(folder, name)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    return path


def copy_statement(table, part, columns, projections, options=""):
    """COPY from a subquery: every cell read as a string (no type guessing), then cast as the header says."""
    raw = ", ".join(f"c{c.index} STRING" for c in columns)
    return (f"COPY {quote_name(table)} FROM (LOAD WITH HEADERS ({raw}) FROM {quote_string(part)} "
            f"(header=false, parallel=false) RETURN {', '.join(projections)}){options}")


def load(neo4j, database, delimiter, replace, say):
    nodes_path, rels_path = os.path.join(neo4j, "nodes.csv"), os.path.join(neo4j, "relationships.csv")
    for path in (nodes_path, rels_path):
        if not os.path.isfile(path):
            raise LoadError(f"{path}: missing; pass the `neo4j/` folder of a `didar build` output")
    if os.path.exists(database):
        if not replace:
            raise LoadError(f"{database}: already exists; pass --replace to load over it")
        shutil.rmtree(database) if os.path.isdir(database) else os.remove(database)

    node_columns = read_header(nodes_path)
    id_column, label_column = the(node_columns, "ID", nodes_path), the(node_columns, "LABEL", nodes_path)
    node_properties = [c for c in node_columns if c.role is None]
    rel_columns = read_header(rels_path)
    start, end, kind = (the(rel_columns, r, rels_path) for r in ("START_ID", "END_ID", "TYPE"))
    rel_properties = [c for c in rel_columns if c.role is None]
    for c in node_properties + rel_properties:
        if c.neo4j_type in KEPT_AS_STRING:
            say(f"note: column «{c.name}» ({c.neo4j_type}) is kept as a string")

    label_of = {}

    def node_key(row, line):
        labels = [label for label in row[label_column.index].split(";") if label]
        if not labels:
            raise LoadError(f"{nodes_path}:{line}: node «{row[id_column.index]}» has no label")
        if row[id_column.index] in label_of:
            raise LoadError(f"{nodes_path}:{line}: node id «{row[id_column.index]}» appears twice")
        label_of[row[id_column.index]] = labels[0]
        return labels[0]

    def rel_key(row, line):
        ends = []
        for column in (start, end):
            label = label_of.get(row[column.index])
            if label is None:
                raise LoadError(f"{rels_path}:{line}: «{row[column.index]}» ({column.role}) is not a node of {nodes_path}")
            ends.append(label)
        if not row[kind.index]:
            raise LoadError(f"{rels_path}:{line}: empty :TYPE")
        return (row[kind.index], ends[0], ends[1])

    node_groups = split_rows(nodes_path, node_key, node_columns)
    rel_groups = split_rows(rels_path, rel_key, rel_columns)

    connection = kuzu.Connection(kuzu.Database(database))
    staging = tempfile.mkdtemp(prefix="kuzu-load-")
    try:
        def node_property_names():
            seen = {id_column.name, "labels"}
            for c in node_properties:
                if c.name in seen:
                    raise LoadError(f"{nodes_path}:1: property «{c.name}» is declared twice")
                seen.add(c.name)
        node_property_names()
        for label in sorted(node_groups):
            fields = [f"{quote_name(id_column.name)} STRING PRIMARY KEY", "labels STRING[]"]
            fields += [f"{quote_name(c.name)} {c.kuzu_type}" for c in node_properties]
            connection.execute(f"CREATE NODE TABLE {quote_name(label)}({', '.join(fields)})")
            part = write_part(staging, f"nodes-{len(os.listdir(staging))}.csv", node_groups[label])
            projections = [f"c{id_column.index}", f"string_split(c{label_column.index}, ';')"]
            projections += [c.expression(f"c{c.index}", delimiter) for c in node_properties]
            connection.execute(copy_statement(label, part, node_columns, projections))

        types = sorted({t for t, _, _ in rel_groups})
        for rel_type in types:
            pairs = sorted((a, b) for t, a, b in rel_groups if t == rel_type)
            fields = [f"FROM {quote_name(a)} TO {quote_name(b)}" for a, b in pairs]
            fields += [f"{quote_name(c.name)} {c.kuzu_type}" for c in rel_properties]
            connection.execute(f"CREATE REL TABLE {quote_name(rel_type)}({', '.join(fields)})")
            for a, b in pairs:
                part = write_part(staging, f"rels-{len(os.listdir(staging))}.csv", rel_groups[(rel_type, a, b)])
                projections = [f"c{start.index}", f"c{end.index}"]
                projections += [c.expression(f"c{c.index}", delimiter) for c in rel_properties]
                # A table joining several label pairs must be told which pair each COPY fills.
                options = f" (from={quote_string(a)}, to={quote_string(b)})" if len(pairs) > 1 else ""
                connection.execute(copy_statement(rel_type, part, rel_columns, projections, options))
    finally:
        shutil.rmtree(staging, ignore_errors=True)

    for label in sorted(node_groups):
        say(f"{label}: {len(node_groups[label])} nodes")
    for rel_type in types:
        count = sum(len(rows) for (t, _, _), rows in rel_groups.items() if t == rel_type)
        say(f"{rel_type}: {count} relationships")
    return connection


def plain(value):
    """A query result value as JSON: dates as ISO text, everything else as it comes."""
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def run_queries(connection, queries, parameters):
    for query in queries:
        # Kùzu refuses a parameter the query does not use: pass each query only its own.
        used = {name: value for name, value in parameters.items() if "$" + name in query}
        result = connection.execute(query, used)
        while result.has_next():
            print(json.dumps(plain(result.get_next()), ensure_ascii=False))


def main():
    parser = argparse.ArgumentParser(description="Load a didar neo4j/ export into a Kùzu database; optionally run Cypher.")
    parser.add_argument("neo4j", nargs="?", help="the neo4j/ folder of a didar build (nodes.csv, relationships.csv)")
    parser.add_argument("database", nargs="?", help="the Kùzu database to create")
    parser.add_argument("--db", help="query an existing database instead of loading one")
    parser.add_argument("--replace", action="store_true", help="delete DATABASE first if it exists")
    parser.add_argument("--array-delimiter", default=";", help="the separator inside list cells (default ;)")
    parser.add_argument("--cypher", action="append", default=[], help="a query to run after loading; one JSON array a row")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="a string parameter $NAME for --cypher")
    args = parser.parse_args()
    parameters = {}
    for item in args.param:
        name, equals, value = item.partition("=")
        if not equals:
            parser.error(f"--param {item}: expected NAME=VALUE")
        parameters[name] = value
    say = lambda message: print(message, file=sys.stderr)
    try:
        if args.db:
            if args.neo4j:
                parser.error("--db queries an existing database; do not pass a neo4j folder as well")
            if not os.path.exists(args.db):
                raise LoadError(f"{args.db}: no such database")
            connection = kuzu.Connection(kuzu.Database(args.db, read_only=True))
        else:
            if not (args.neo4j and args.database):
                parser.error("pass NEO4J_FOLDER DATABASE to load, or --db DATABASE to query")
            connection = load(args.neo4j, args.database, args.array_delimiter, args.replace, say)
        run_queries(connection, args.cypher, parameters)
    except LoadError as error:
        sys.exit(f"kuzu-load: {error}")
    except RuntimeError as error:  # Kùzu's own errors (a bad query, a cell that does not parse as its type)
        sys.exit(f"kuzu-load: kuzu: {error}")


if __name__ == "__main__":
    main()
