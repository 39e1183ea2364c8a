"""Analysis -> rows: one tuple per column, day bounds of ISO date prefixes."""

from __future__ import annotations

from datetime import date, datetime

from store_sample import make_analysis

from newsledger.store.rows import COLUMNS, analysis_rows, day_bounds


def test_day_bounds_of_iso_prefixes() -> None:
    assert day_bounds("2024") == (date(2024, 1, 1), date(2024, 12, 31))
    assert day_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert day_bounds("2025-01-20T10:00") == (date(2025, 1, 20), date(2025, 1, 20))
    assert day_bounds("PRESENT_REF") == (None, None)
    assert day_bounds("2024-13") == (None, None)
    assert day_bounds(None) == (None, None)


def test_every_row_matches_its_columns() -> None:
    rows = analysis_rows(make_analysis(), datetime(2024, 5, 2))
    assert set(rows) == set(COLUMNS)
    for table, tuples in rows.items():
        assert tuples, table
        assert all(len(row) == len(COLUMNS[table]) for row in tuples), table
    # The event's time "2024" is stored with day bounds for date filters.
    event = dict(zip(COLUMNS["events"], rows["events"][0], strict=True))
    assert (event["time_begin_date"], event["time_finish_date"]) == (
        date(2024, 1, 1),
        date(2024, 12, 31),
    )
    assert event["certainty_rank"] == 1
