# Sourced by the benchmarks that link a Swift file against the release build's RecallCore
# (bench-optimizer, bench-optimizer-training, bench-json): `core_objects BIN_PATH` prints the objects of the
# sources there are now. Not `RecallCore.build/*.o`: a moved or deleted source leaves its old
# object behind in .build, and that one no longer links.
core_objects() {
    find Sources/RecallCore -name '*.swift' | while read -r source; do
        echo "$1/RecallCore.build/$(basename "$source").o"
    done
}
