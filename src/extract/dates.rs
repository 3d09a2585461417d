//! Dates as documents write them: "18 May 2012", "26-27 January 2017", "Thursday, 10 July 2025",
//! "July 10, 2025", "July 16 to 18, 2014", "February 24 2006", "30 September - 2 October 2016",
//! "from 27th to 29th July 2011", "on 29 and 30 April 2016", "the week of 21 of June 2014", "May
//! 2016", and "20-22 March" or "October 2 to October 4" in a document that gives the year
//! elsewhere.

use crate::text::Offsets;
use regex::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// A date or date range found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateHit {
    /// Char range in the searched text.
    pub span: Range<usize>,
    /// First day (`YYYY-MM-DD`), or `YYYY-MM` when only a month is given.
    pub start: String,
    /// Last day of a range.
    pub end: Option<String>,
}

impl DateHit {
    /// Whether the day is stated.
    pub fn has_day(&self) -> bool {
        self.start.len() == 10
    }
}

/// An ordinal suffix a day may carry: "18th", "1st".
const ORD: &str = r"(?:st|nd|rd|th)?";
/// Months by name, then as pages and minutes abbreviate them ("6 Dec 2016", "Sept. 5"); a full
/// name is tried first.
const MONTHS: &str = "(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";

static DAY_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(\d{{1,2}}){ORD}(?:\s*(?:-|–|to|and)\s*(\d{{1,2}}){ORD}(?:\s+({MONTHS}))?)?\s+(?:of\s+)?({MONTHS}),?\s+(\d{{4}})(?-u:\b)"
    ))
    .unwrap()
});
static CROSS_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(\d{{1,2}}){ORD}\s+({MONTHS})\s*(?:-|–|to)\s*(\d{{1,2}}){ORD}\s+({MONTHS}),?\s+(\d{{4}})(?-u:\b)"
    ))
    .unwrap()
});
/// "July 10, 2025", "July 16 to 18, 2014", and without the comma "February 24 2006".
static MONTH_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)({MONTHS})\s+(\d{{1,2}}){ORD}(?:\s*(?:-|–|to)\s*(\d{{1,2}}){ORD})?,?\s+(\d{{4}})(?-u:\b)"
    ))
    .unwrap()
});
/// A day and month without a year: "20-22 March", "Monday, 19 March", "30 November – 2 December".
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)(\d{{1,2}}){ORD}(?:\s+({MONTHS}))?(?:\s*(?:-|–|to)\s*(\d{{1,2}}){ORD})?\s+({MONTHS})(?-u:\b)"
    ))
    .unwrap()
});
/// A month and day without a year: "from October 2 to October 4", "July 16-18".
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?-u:\b)({MONTHS})\s+(\d{{1,2}}){ORD}(?:\s*(?:-|–|to)\s*(?:({MONTHS})\s+)?(\d{{1,2}}){ORD})?(?-u:\b)"
    ))
    .unwrap()
});
/// A day written in figures with dots, day first, as European agencies date their news:
/// "15.01.2010".
static DOTTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?-u:\b)").unwrap());
static MONTH_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?-u:\b)({MONTHS})\s+(\d{{4}})(?-u:\b)")).unwrap());
static BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?-u:\b)(?:between|from)\s+(?:\d{{1,2}}\s+)?(?:{MONTHS})\s+\d{{4}}\s+(?:and|to|until)\s+(?:\d{{1,2}}\s+)?(?:{MONTHS})\s+\d{{4}}"))
        .unwrap()
});

fn month_number(name: &str) -> u32 {
    const ORDER: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let prefix = name.get(..3).unwrap_or(name).to_lowercase();
    ORDER.iter().position(|m| *m == prefix).map_or(1, |i| i as u32 + 1)
}

fn day(year: &str, month: u32, day: &str) -> Option<String> {
    let d: u32 = day.parse().ok()?;
    (1..=31).contains(&d).then(|| format!("{year}-{month:02}-{d:02}"))
}

/// All dates in `text`, in order. Periods ("between May 2016 and January 2018") are not dates
/// of events and are left out.
pub fn find_dates(text: &str) -> Vec<DateHit> {
    find_dates_in_year(text, None)
}

/// All dates in `text`, a day and month without a year taken to be in `year` when it is given
/// (the year of the document's own date).
pub fn find_dates_in_year(text: &str, year: Option<&str>) -> Vec<DateHit> {
    let mut found = Found {
        text,
        offsets: Offsets::new(text),
        hits: Vec::new(),
        taken: BETWEEN.find_iter(text).map(|m| m.range()).collect(),
    };
    // Longer forms first: the days of a range are not dates of their own.
    found.take(&CROSS_MONTH, |c| {
        let start = day(&c[5], month_number(&c[2]), &c[1])?;
        Some((start, day(&c[5], month_number(&c[4]), &c[3])))
    });
    found.take(&DAY_FIRST, |c| {
        let month = month_number(&c[4]);
        let start = day(&c[5], month, &c[1])?;
        let end_month = c.get(3).map_or(month, |m| month_number(m.as_str()));
        Some((start, c.get(2).and_then(|d| day(&c[5], end_month, d.as_str()))))
    });
    found.take(&MONTH_FIRST, |c| {
        let month = month_number(&c[1]);
        let start = day(&c[4], month, &c[2])?;
        Some((start, c.get(3).and_then(|d| day(&c[4], month, d.as_str()))))
    });
    found.take(&DOTTED, |c| {
        let month: u32 = c[2].parse().ok().filter(|m| (1..=12).contains(m))?;
        Some((day(&c[3], month, &c[1])?, None))
    });
    found.take(&MONTH_YEAR, |c| {
        Some((format!("{}-{:02}", &c[2], month_number(&c[1])), None))
    });
    if let Some(year) = year {
        found.take(&DAY_MONTH, |c| {
            let month = month_number(&c[4]);
            let first_month = c.get(2).map_or(month, |m| month_number(m.as_str()));
            let start = day(year, first_month, &c[1])?;
            Some((start, c.get(3).and_then(|d| day(year, month, d.as_str()))))
        });
        found.take(&MONTH_DAY, |c| {
            let month = month_number(&c[1]);
            let start = day(year, month, &c[2])?;
            let end_month = c.get(3).map_or(month, |m| month_number(m.as_str()));
            Some((start, c.get(4).and_then(|d| day(year, end_month, d.as_str()))))
        });
    }
    let mut hits = found.hits;
    hits.sort_by_key(|h| h.span.start);
    hits
}

/// The dates found so far in a text and the byte ranges they (or the spans that are no dates,
/// like "between 2010 and 2015") take.
struct Found<'t> {
    text: &'t str,
    offsets: Offsets,
    hits: Vec<DateHit>,
    taken: Vec<Range<usize>>,
}

impl Found<'_> {
    /// Every match of `pattern` in a free place that `read` turns into a first (and last) day.
    fn take(&mut self, pattern: &Regex, read: impl Fn(&regex::Captures) -> Option<(String, Option<String>)>) {
        for c in pattern.captures_iter(self.text) {
            let r = c.get(0).expect("group 0 is the match").range();
            if self.taken.iter().any(|t| t.start < r.end && r.start < t.end) {
                continue;
            }
            let Some((start, end)) = read(&c) else {
                continue;
            };
            self.hits.push(DateHit {
                span: self.offsets.chars(r.clone()),
                start,
                end,
            });
            self.taken.push(r);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts(text: &str) -> Vec<(String, Option<String>)> {
        find_dates(text).into_iter().map(|h| (h.start, h.end)).collect()
    }

    #[test]
    fn day_ranges_and_lists() {
        let text = "between September 2016 and January 2018: 30 September 2016, 26-27 January 2017; 3-5 May 2017";
        assert_eq!(
            starts(text),
            [
                ("2016-09-30".into(), None),
                ("2017-01-26".into(), Some("2017-01-27".into())),
                ("2017-05-03".into(), Some("2017-05-05".into()))
            ]
        );
    }

    #[test]
    fn dotted_days() {
        // UNESCO news item on the IFAP Bureau (2010).
        assert_eq!(starts("15.01.2010 -"), [("2010-01-15".into(), None)]);
        // A section number or a version is no day.
        assert!(starts("see section 3.1.2 and version 1.13.2010a").is_empty());
        assert!(starts("31.13.2010").is_empty());
    }

    #[test]
    fn abbreviated_months() {
        // Digital Watch session pages and meeting minutes abbreviate their months.
        assert_eq!(starts("6 Dec 2016 17:30h - 19:00h"), [("2016-12-06".into(), None)]);
        assert_eq!(starts("on Sept. 5, 2019"), [("2019-09-05".into(), None)]);
        assert_eq!(
            starts("14-16 Jan 2020"),
            [("2020-01-14".into(), Some("2020-01-16".into()))]
        );
        // A name is no month: "Jan Kleijssen" dates nothing.
        assert!(starts("Jan Kleijssen spoke in 2019").is_empty());
    }

    #[test]
    fn weekday_month_first_and_month_only() {
        assert_eq!(starts("Thursday, 10 July 2025, 14:00"), [("2025-07-10".into(), None)]);
        assert_eq!(starts("on July 10, 2025"), [("2025-07-10".into(), None)]);
        assert_eq!(starts("in May 2016"), [("2016-05".into(), None)]);
        assert_eq!(
            starts("30 September - 2 October 2016"),
            [("2016-09-30".into(), Some("2016-10-02".into()))]
        );
    }

    #[test]
    fn month_first_ranges_and_no_comma() {
        assert_eq!(
            starts("the LACIGF was held from July 16 to 18, 2014, in San Salvador"),
            [("2014-07-16".into(), Some("2014-07-18".into()))]
        );
        assert_eq!(
            starts("jointly organized by ITU, UNESCO and UNDP in Geneva on February 24 2006."),
            [("2006-02-24".into(), None)]
        );
    }

    #[test]
    fn two_days_joined_by_and() {
        assert_eq!(
            starts("met at Takamatsu, Kagawa, Japan on 29 and 30 April 2016, to address"),
            [("2016-04-29".into(), Some("2016-04-30".into()))]
        );
    }

    #[test]
    fn ordinal_days() {
        assert_eq!(
            starts("meeting in Abuja, from 18th to 19th June 2015, representing"),
            [("2015-06-18".into(), Some("2015-06-19".into()))]
        );
        assert!(starts("the 18th meeting of the Council").is_empty());
    }

    #[test]
    fn day_and_month_take_the_documents_year() {
        let hits = |t: &str| -> Vec<String> {
            find_dates_in_year(t, Some("2018"))
                .into_iter()
                .map(|h| h.start)
                .collect()
        };
        assert_eq!(hits("took place from 20-22 March at the headquarters"), ["2018-03-20"]);
        assert_eq!(hits("was held on Monday, 19 March, at ITU"), ["2018-03-19"]);
        assert_eq!(hits("from 30 November – 2 December in Geneva"), ["2018-11-30"]);
        assert_eq!(hits("on 6 June 2017"), ["2017-06-06"]);
        assert!(find_dates("took place from 20-22 March").is_empty());
        // African IGF 2012 report.
        assert_eq!(
            hits("participated remotely from October 2 to October 4, The conference"),
            ["2018-10-02"]
        );
        assert_eq!(hits("in May 2016, May 20"), ["2016-05", "2018-05-20"]);
        assert!(find_dates("from October 2 to October 4").is_empty());
    }

    #[test]
    fn a_day_of_a_month() {
        // ICANN 50 GAC communiqué.
        assert_eq!(
            starts("met in London during the week of 21 of June 2014."),
            [("2014-06-21".into(), None)]
        );
        assert!(starts("paragraph 21 of the report of June").is_empty());
    }
}
