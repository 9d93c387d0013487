//! The hand-written reading and writing of `date-time` and `date` values
//! (`client_runtime::formats`) against `time`'s own parsers and RFC 3339
//! formatter, which the runtime used before: the same text gives the same
//! value, and the same value the same text. (The runtime's unit tests are
//! copied into every generated crate, which has neither proptest nor `time`'s
//! parsers, so these live here.)

use client_runtime::formats::{Date, Timestamp};
use time::{Date as CalendarDate, OffsetDateTime, PrimitiveDateTime, UtcOffset};

use proptest::prelude::*;
use time::format_description::well_known::Rfc3339;

/// What `time`'s own parsers accept (the runtime used them before it read
/// timestamps by hand): RFC 3339, else the two looser descriptions.
fn time_crate_reading(s: &str) -> Option<OffsetDateTime> {
    let s = s.trim();
    if let Ok(t) = OffsetDateTime::parse(s, &Rfc3339) {
        return Some(t);
    }
    let with_offset = time::format_description::parse_owned::<2>(
        "[year]-[month]-[day][first [T] [ ]][hour]:[minute]:[second][optional [.[subsecond]]][first [Z] [z] [[offset_hour sign:mandatory]:[offset_minute]] [[offset_hour sign:mandatory][offset_minute]]]",
    )
    .ok()?;
    if let Ok(t) = OffsetDateTime::parse(s, &with_offset) {
        return Some(t);
    }
    let zoneless = time::format_description::parse_owned::<2>(
        "[year]-[month]-[day][first [T] [ ]][hour]:[minute]:[second][optional [.[subsecond]]]",
    )
    .ok()?;
    PrimitiveDateTime::parse(s, &zoneless)
        .ok()
        .map(PrimitiveDateTime::assume_utc)
}

/// Text shaped like a timestamp, valid or not: every part is drawn
/// from good and bad spellings.
fn timestamp_text() -> impl Strategy<Value = String> {
    let year = prop_oneof![Just("2024".to_owned()), "[0-9]{4}", "[0-9]{3,5}"];
    let two = || prop_oneof![4 => "[0-5][0-9]", 1 => "[0-9]{1,3}", 1 => "6[0-9]"];
    let month = prop_oneof!["0[1-9]", "1[0-2]", "[0-9]{2}"];
    let day = prop_oneof!["0[1-9]", "[12][0-9]", "3[01]", "[0-9]{2}"];
    let separator = prop_oneof![Just("T"), Just(" "), Just("t"), Just("x"), Just("")];
    let fraction = prop_oneof![Just(String::new()), "\\.[0-9]{0,12}"];
    let offset = prop_oneof![
        Just(String::new()),
        Just("Z".to_owned()),
        Just("z".to_owned()),
        "[+-][0-2][0-9]:[0-5][0-9]",
        "[+-][0-2][0-9][0-5][0-9]",
        "[+-][0-9]{1,3}:?[0-9]{0,3}",
    ];
    (
        year,
        month,
        day,
        separator,
        (two(), two(), two()),
        fraction,
        offset,
    )
        .prop_map(|(y, mo, d, sep, (h, mi, s), f, o)| {
            format!("{y}-{mo}-{d}{sep}{h}:{mi}:{s}{f}{o}")
        })
}

proptest! {
    #[test]
    fn timestamps_read_exactly_as_time_reads_them(text in timestamp_text()) {
        prop_assert_eq!(Timestamp::from(text.as_str()).offset_date_time(), time_crate_reading(&text));
    }

    #[test]
    fn timestamps_are_written_exactly_as_time_writes_rfc3339(
        day in -1_000_000i64..2_900_000,
        nanos in prop_oneof![Just(0i64), Just(500_000_000), 0i64..86_400_000_000_000],
        offset_minutes in -(23 * 60 + 59)..(23 * 60 + 59i32),
    ) {
        let base = time::macros::datetime!(2000-01-01 00:00 UTC);
        let offset = UtcOffset::from_whole_seconds(offset_minutes * 60).unwrap_or(UtcOffset::UTC);
        let t = (base + time::Duration::days(day) + time::Duration::nanoseconds(nanos))
            .to_offset(offset);
        let expected = t.format(&Rfc3339).unwrap_or_else(|_| t.to_string());
        prop_assert_eq!(Timestamp::from(t).into_string(), expected);
    }

    #[test]
    fn dates_read_exactly_as_time_reads_them(text in "[0-9]{4}-[0-9]{2}-[0-9]{2}|.{0,12}") {
        let format = time::format_description::parse_owned::<2>("[year]-[month]-[day]")
            .unwrap_or_else(|e| panic!("{e}"));
        prop_assert_eq!(Date::from(text.as_str()).date(), CalendarDate::parse(text.trim(), &format).ok());
    }
}

#[test]
fn leap_seconds_only_where_they_can_occur() {
    let read = |s: &str| Timestamp::from(s).offset_date_time();
    for text in [
        "2016-12-31T23:59:60Z",
        "2017-01-01T07:59:60+08:00",
        "2016-06-30T23:59:60.5Z",
        "2016-12-31T23:58:60Z",
        "2016-12-30T23:59:60Z",
        "2016-12-31 23:59:60",
        // Found by the property test: `±hhmm` needs `T` or a space, while
        // `±hh:mm` takes any separator and hours up to 25 after `T`.
        "2024-01-01t00:00:00+0000",
        "2024-01-01T00:00:00.0000000000+24:00",
        "2024-01-01t00:00:00+24:00",
    ] {
        assert_eq!(read(text), time_crate_reading(text), "{text}");
    }
    assert!(read("2016-12-31T23:59:60Z").is_some());
    assert!(read("2016-12-30T23:59:60Z").is_none());
}
