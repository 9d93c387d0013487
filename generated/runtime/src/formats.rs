//! Strings with a documented `format` (`date-time`, `date`, `uuid`, `byte`),
//! kept exactly as sent and interpreted on demand.
//!
//! Servers do not always honour their own formats, and a strict type would
//! lose a whole response over one odd field. Each type here stores the text,
//! serializes it back byte-identical, offers a typed view that is `None` when
//! the text is not what the format promises, and, inside a request, reports
//! a malformed value as a validation error before anything is sent.

use std::fmt;
use std::str::FromStr;

use base64::Engine as _;
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use time::{Date as CalendarDate, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

use super::validate::{Validate, Violations};

/// The parts every formatted string shares; each type adds its own
/// `is_well_formed` and typed view.
macro_rules! formatted_string {
    ($(#[$doc:meta])* $name:ident, format = $format:literal, expecting = $expecting:literal) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// Wraps any text, well formed or not.
            pub fn new(raw: impl Into<String>) -> Self {
                Self(raw.into())
            }

            /// The text as received or given.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The text, owned.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Ok(Self(s.to_owned()))
            }
        }

        impl From<String> for $name {
            fn from(raw: String) -> Self {
                Self(raw)
            }
        }

        impl From<&str> for $name {
            fn from(raw: &str) -> Self {
                Self(raw.to_owned())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_any(RawText($expecting)).map(Self)
            }
        }

        impl Validate for $name {
            fn validate_into(&self, path: &str, out: &mut Violations) {
                if !self.is_well_formed() {
                    out.push(
                        path,
                        concat!("format ", $format),
                        concat!("is not ", $expecting),
                    );
                }
            }
        }
    };
}

/// Reads a JSON string, or the text of a number (some services send epoch
/// numbers where a string is documented): the text is kept either way.
struct RawText(&'static str);

impl Visitor<'_> for RawText {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        Ok(v.to_owned())
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
        Ok(v)
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<String, E> {
        Ok(v.to_string())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<String, E> {
        Ok(v.to_string())
    }
}

formatted_string!(
    /// A `date-time` value. Servers disagree with their own documentation
    /// about its spelling, so [`Timestamp::offset_date_time`] accepts every
    /// common one.
    Timestamp,
    format = "date-time",
    expecting = "a date-time (RFC 3339)"
);

impl Timestamp {
    /// Interprets the text: RFC 3339 with or without fractional seconds,
    /// offsets with or without a colon, and zone-less values (taken as UTC).
    /// `None` if it is none of these.
    pub fn offset_date_time(&self) -> Option<OffsetDateTime> {
        parse_date_time(self.0.trim().as_bytes())
    }

    /// Whether [`Timestamp::offset_date_time`] understands the text.
    pub fn is_well_formed(&self) -> bool {
        self.offset_date_time().is_some()
    }
}

impl From<OffsetDateTime> for Timestamp {
    /// RFC 3339 (`2024-02-03T04:05:06.5+08:00`, `Z` for UTC); a value RFC 3339
    /// cannot spell (a year past 9999, an offset with seconds) keeps `time`'s
    /// own spelling.
    fn from(t: OffsetDateTime) -> Self {
        Timestamp(format_rfc3339(t).unwrap_or_else(|| t.to_string()))
    }
}

formatted_string!(
    /// A `date` value: a calendar day, `YYYY-MM-DD`.
    Date,
    format = "date",
    expecting = "a date (YYYY-MM-DD)"
);

impl Date {
    /// The calendar day, or `None` when the text is not `YYYY-MM-DD`.
    pub fn date(&self) -> Option<CalendarDate> {
        parse_date(self.0.trim().as_bytes())
    }

    /// Whether the text is a `YYYY-MM-DD` calendar day.
    pub fn is_well_formed(&self) -> bool {
        self.date().is_some()
    }
}

impl From<CalendarDate> for Date {
    fn from(day: CalendarDate) -> Self {
        let (year, month, day) = (day.year(), u8::from(day.month()), day.day());
        Date(format!("{year:04}-{month:02}-{day:02}"))
    }
}

formatted_string!(
    /// A `uuid` value.
    Uuid,
    format = "uuid",
    expecting = "a UUID (8-4-4-4-12 hexadecimal digits)"
);

impl Uuid {
    /// The 128-bit value of a hyphenated UUID (either case), or `None`.
    pub fn to_u128(&self) -> Option<u128> {
        let s = self.0.trim();
        let groups: Vec<&str> = s.split('-').collect();
        let shaped = groups.iter().map(|g| g.len()).eq([8, 4, 4, 4, 12]);
        if !shaped
            || !groups
                .iter()
                .all(|g| g.bytes().all(|b| b.is_ascii_hexdigit()))
        {
            return None;
        }
        u128::from_str_radix(&groups.concat(), 16).ok()
    }

    /// Whether the text is a hyphenated UUID.
    pub fn is_well_formed(&self) -> bool {
        self.to_u128().is_some()
    }
}

impl From<u128> for Uuid {
    /// The canonical lowercase hyphenated spelling.
    fn from(value: u128) -> Self {
        let hex = format!("{value:032x}");
        Uuid(format!(
            "{}-{}-{}-{}-{}",
            &hex[..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..]
        ))
    }
}

formatted_string!(
    /// A `byte` value: binary data sent as base64 text.
    Base64,
    format = "byte",
    expecting = "base64 text"
);

impl Base64 {
    /// Encodes `bytes` with the standard alphabet and padding.
    pub fn encode(bytes: impl AsRef<[u8]>) -> Self {
        Base64(base64::engine::general_purpose::STANDARD.encode(bytes))
    }

    /// The decoded bytes: the standard alphabet or the URL-safe one, padded
    /// or not. `None` when the text is neither.
    pub fn decode(&self) -> Option<Vec<u8>> {
        use base64::engine::general_purpose::{STANDARD_PAD_INDIFFERENT, URL_SAFE_PAD_INDIFFERENT};
        let s = self.0.trim();
        STANDARD_PAD_INDIFFERENT
            .decode(s)
            .or_else(|_| URL_SAFE_PAD_INDIFFERENT.decode(s))
            .ok()
    }

    /// Whether [`Base64::decode`] succeeds.
    pub fn is_well_formed(&self) -> bool {
        self.decode().is_some()
    }
}

/// `YYYY-MM-DD`, nothing more.
fn parse_date(s: &[u8]) -> Option<CalendarDate> {
    let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *s else {
        return None;
    };
    let year = i32::from(digits(&[y0, y1, y2, y3])?);
    let month = time::Month::try_from(u8::try_from(digits(&[m0, m1])?).ok()?).ok()?;
    let day = u8::try_from(digits(&[d0, d1])?).ok()?;
    CalendarDate::from_calendar_date(year, month, day).ok()
}

/// The value of a run of ASCII digits (at most four, so it fits).
fn digits(s: &[u8]) -> Option<u16> {
    s.iter().try_fold(0u16, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + u16::from(b - b'0'))
    })
}

/// Every spelling [`Timestamp::offset_date_time`] accepts: RFC 3339
/// (`YYYY-MM-DD`, any one separator character, `hh:mm:ss`, an optional
/// fraction of any length, then `Z`, `z` or `±hh:mm`; a leap second `:60` is
/// read as the nanosecond before it, where one can occur), and the looser
/// spellings servers send: `T` or a space as separator, then `Z`, `z`,
/// `±hh:mm` (hours up to 25), `±hhmm` or nothing (UTC).
fn parse_date_time(s: &[u8]) -> Option<OffsetDateTime> {
    let (date, rest) = (s.get(..10)?, s.get(10..)?);
    let date = parse_date(date)?;
    let (&separator, rest) = rest.split_first()?;
    let [h0, h1, b':', n0, n1, b':', s0, s1, ref rest @ ..] = *rest else {
        return None;
    };
    let hour = u8::try_from(digits(&[h0, h1])?).ok()?;
    let minute = u8::try_from(digits(&[n0, n1])?).ok()?;
    let second = u8::try_from(digits(&[s0, s1])?).ok()?;
    let (fraction, rest) = match rest {
        [b'.', after @ ..] => {
            let len = after.iter().take_while(|b| b.is_ascii_digit()).count();
            if len == 0 {
                return None;
            }
            after.split_at(len)
        }
        _ => (&[][..], rest),
    };
    // Digits past the ninth are below a nanosecond: read, then dropped.
    let kept = &fraction[..fraction.len().min(9)];
    let nanosecond = kept.iter().fold(0u32, |n, &b| n * 10 + u32::from(b - b'0'))
        * 10u32.pow(9 - kept.len() as u32);
    let loose = matches!(separator, b'T' | b' ');
    let (offset, rfc3339) = match rest {
        [] if loose => (UtcOffset::UTC, false),
        [b'Z' | b'z'] => (UtcOffset::UTC, true),
        [sign @ (b'+' | b'-'), h0, h1, b':', m0, m1] => {
            let hours = digits(&[*h0, *h1])?;
            (offset(*sign, hours, digits(&[*m0, *m1])?)?, hours <= 23)
        }
        [sign @ (b'+' | b'-'), h0, h1, m0, m1] if loose => (
            offset(*sign, digits(&[*h0, *h1])?, digits(&[*m0, *m1])?)?,
            false,
        ),
        _ => return None,
    };
    if !rfc3339 && !loose {
        return None;
    }
    if second == 60 && rfc3339 {
        // RFC 3339 allows a leap second, only as the last second of a month
        // in UTC; `time` has none, so it reads as the nanosecond before.
        let time = Time::from_hms_nano(hour, minute, 59, 999_999_999).ok()?;
        let value = PrimitiveDateTime::new(date, time).assume_offset(offset);
        let utc = value.to_offset(UtcOffset::UTC);
        let last_of_month = utc.date().next_day().is_none_or(|next| next.day() == 1);
        return (utc.hour() == 23 && utc.minute() == 59 && last_of_month).then_some(value);
    }
    let time = Time::from_hms_nano(hour, minute, second, nanosecond).ok()?;
    Some(PrimitiveDateTime::new(date, time).assume_offset(offset))
}

/// `±hh:mm` as an offset; `None` past what an offset can be.
fn offset(sign: u8, hours: u16, minutes: u16) -> Option<UtcOffset> {
    let sign = if sign == b'-' { -1 } else { 1 };
    let hours = i8::try_from(hours).ok()?;
    let minutes = i8::try_from(minutes).ok()?;
    UtcOffset::from_hms(sign * hours, sign * minutes, 0).ok()
}

/// RFC 3339 as `time` writes it: fraction only when non-zero, without
/// trailing zeros; `Z` for UTC. `None` for what RFC 3339 cannot spell.
fn format_rfc3339(t: OffsetDateTime) -> Option<String> {
    use std::fmt::Write as _;

    let (offset_hours, offset_minutes, offset_seconds) = t.offset().as_hms();
    if !(0..10_000).contains(&t.year()) || offset_seconds != 0 || offset_hours.abs() > 23 {
        return None;
    }
    let mut out = format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    );
    if t.nanosecond() != 0 {
        let fraction = format!("{:09}", t.nanosecond());
        out.push('.');
        out.push_str(fraction.trim_end_matches('0'));
    }
    if t.offset().is_utc() {
        out.push('Z');
    } else {
        let sign = if t.offset().is_negative() { '-' } else { '+' };
        let _ = write!(
            out,
            "{sign}{:02}:{:02}",
            offset_hours.unsigned_abs(),
            offset_minutes.unsigned_abs()
        );
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_round_trip_through_their_value() {
        let text = "6f1c0c5e-7f2a-4b8e-9a51-0c1d2e3f4a5b";
        let uuid = Uuid::from(text);
        let value = uuid.to_u128();
        assert_eq!(value.map(Uuid::from), Some(uuid));
        assert_eq!(
            Uuid::from("6F1C0C5E-7F2A-4B8E-9A51-0C1D2E3F4A5B").to_u128(),
            value
        );
        for bad in [
            "",
            "6f1c0c5e7f2a4b8e9a510c1d2e3f4a5b",
            "6f1c0c5e-7f2a-4b8e-9a51-0c1d2e3f4a5g",
        ] {
            assert!(!Uuid::from(bad).is_well_formed(), "{bad}");
        }
    }

    #[test]
    fn dates_are_calendar_days() {
        // No `time::macros` here: this test is copied into generated crates,
        // which build `time` without them.
        let day = CalendarDate::from_calendar_date(2024, time::Month::February, 29)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(Date::from(day).as_str(), "2024-02-29");
        assert_eq!(Date::from("2024-02-29").date(), Some(day));
        assert!(!Date::from("2023-02-29").is_well_formed());
        assert!(!Date::from("29/02/2024").is_well_formed());
    }

    #[test]
    fn base64_accepts_both_alphabets_with_or_without_padding() {
        let bytes = [0xfb_u8, 0xff, 0x01];
        let encoded = Base64::encode(bytes);
        assert_eq!(encoded.as_str(), "+/8B");
        assert_eq!(encoded.decode().as_deref(), Some(&bytes[..]));
        assert_eq!(Base64::from("-_8B").decode().as_deref(), Some(&bytes[..]));
        assert_eq!(Base64::from("aGk").decode().as_deref(), Some(&b"hi"[..]));
        assert!(!Base64::from("not base64!").is_well_formed());
    }

    #[test]
    fn malformed_values_are_violations_named_by_format() {
        let mut out = Violations::new();
        Uuid::from("x").validate_into("id", &mut out);
        Date::from("2024-01-01").validate_into("day", &mut out);
        Timestamp::from("yesterday").validate_into("when", &mut out);
        let rules: Vec<&str> = out.as_slice().iter().map(|v| v.rule.as_str()).collect();
        assert_eq!(rules, ["format uuid", "format date-time"]);
    }
}
