//! Normalisation of converted documents and segmentation into paragraphs and sentences.
//!
//! Text converted from Word or PDF carries debris: private-use bullet glyphs, no-break spaces,
//! words hyphenated or names broken across lines, footnotes spliced into the middle of a
//! sentence at a page break, footnote markers glued to words. [`CleanText`] removes that
//! debris while remembering, for every character it keeps, where that character stood in the
//! original file, so that evidence can always point back at the exact source passage.

use std::collections::BTreeSet;
use std::ops::Range;

/// The marker that opens a bulleted paragraph in cleaned text, whatever glyph the source used.
pub const BULLET: char = '•';

/// How a paragraph starts, which drives sectioning and recommendation detection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParagraphKind {
    /// Running text.
    Plain,
    /// A bulleted item (any glyph, or a leading dash).
    Bullet,
    /// A numbered item such as `12.`; the number is kept.
    Numbered(u32),
    /// A short line that titles what follows.
    Heading,
}

/// A paragraph of cleaned text.
#[derive(Debug, Clone)]
pub struct Paragraph {
    /// Character range in [`CleanText::text`].
    pub span: Range<usize>,
    /// How it starts.
    pub kind: ParagraphKind,
    /// Leading white space of its first source line, used to nest bullets.
    pub indent: usize,
    /// Whether it comes from a footnote moved out of the running text.
    pub footnote: bool,
}

/// A sentence of cleaned text.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Character range in [`CleanText::text`].
    pub span: Range<usize>,
    /// Index of its paragraph.
    pub paragraph: usize,
}

/// Byte and char offsets of one string, and the conversions between them.
///
/// Regexes and automata report byte offsets; facts keep char offsets, because evidence offsets
/// count code points. Every conversion goes through here and every conversion clamps: a rule
/// that computes an offset past the end, inside a multi-byte character or before its own start
/// gets the nearest valid range instead of a panic.
#[derive(Debug, Clone, Default)]
pub struct Offsets {
    /// The byte offset of every char, then the string's length.
    byte_of_char: Vec<usize>,
}

impl Offsets {
    /// The offsets of `text`.
    pub fn new(text: &str) -> Self {
        let mut byte_of_char: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        byte_of_char.push(text.len());
        Offsets { byte_of_char }
    }

    /// The number of chars.
    pub fn char_len(&self) -> usize {
        self.byte_of_char.len() - 1
    }

    /// The char holding byte offset `byte` (the end when past it).
    pub fn char_of(&self, byte: usize) -> usize {
        self.byte_of_char.partition_point(|&b| b <= byte).saturating_sub(1)
    }

    /// The char range of a byte range, such as a regex match.
    pub fn chars(&self, bytes: Range<usize>) -> Range<usize> {
        let start = self.char_of(bytes.start);
        start..self.char_of(bytes.end).max(start)
    }

    /// The byte range of a char range, clamped to the string and never reversed.
    pub fn bytes(&self, chars: Range<usize>) -> Range<usize> {
        let end = chars.end.min(self.char_len());
        let start = chars.start.min(end);
        self.byte_of_char[start]..self.byte_of_char[end]
    }
}

/// A document's text with conversion debris removed, segmented, and mapped back to the source.
#[derive(Debug, Clone)]
pub struct CleanText {
    /// The cleaned text: one paragraph per line, single spaces.
    pub text: String,
    chars: Vec<char>,
    offsets: Offsets,
    /// For every char of `text`, the char index it came from in the original.
    origin: Vec<usize>,
    /// Paragraphs in reading order (footnotes last).
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in reading order.
    pub sentences: Vec<Sentence>,
}

struct Line {
    /// Char range of the line (without its newline) in the original.
    range: Range<usize>,
    blank: bool,
}

impl CleanText {
    /// Cleans `original` and segments it.
    pub fn new(original: &str) -> Self {
        let src: Vec<char> = original.chars().collect();
        let lines = split_lines(&src);
        let (body, footnotes, numbers) = separate_footnotes(&src, &lines);
        let mut out = Builder::default();
        let mut paragraphs = Vec::new();
        // The wrap width is the whole document's: measured once, not once per footnote, which
        // made a long document with many footnotes quadratic.
        let page = Page {
            src: &src,
            lines: &lines,
            footnote_numbers: &numbers,
            wrap: wrap_width(&src, &lines),
        };
        assemble(&page, &body, false, &mut out, &mut paragraphs);
        for note in footnotes {
            assemble(&page, &note, true, &mut out, &mut paragraphs);
        }
        let chars: Vec<char> = out.text.chars().collect();
        let offsets = Offsets::new(&out.text);
        let mut clean = CleanText {
            text: out.text,
            chars,
            offsets,
            origin: out.origin,
            paragraphs,
            sentences: Vec::new(),
        };
        clean.sentences = split_sentences(&clean);
        clean
    }

    /// The cleaned characters.
    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    /// The cleaned text of a char range, clamped to the text (see [`Offsets`]).
    pub fn slice(&self, span: Range<usize>) -> String {
        self.str(span).to_string()
    }

    /// The cleaned text of a char range, borrowed, clamped to the text (see [`Offsets`]).
    pub fn str(&self, span: Range<usize>) -> &str {
        &self.text[self.offsets.bytes(span)]
    }

    /// The byte and char offsets of [`CleanText::text`].
    pub fn offsets(&self) -> &Offsets {
        &self.offsets
    }

    /// The char range of a byte range of [`CleanText::text`], such as a regex match.
    pub fn char_span(&self, bytes: Range<usize>) -> Range<usize> {
        self.offsets.chars(bytes)
    }

    /// The char range in the original file that a cleaned char range came from.
    pub fn original_range(&self, span: Range<usize>) -> Range<usize> {
        if span.is_empty() || span.end > self.origin.len() {
            let at = self.origin.get(span.start).copied().unwrap_or(0);
            return at..at;
        }
        let start = self.origin[span.start];
        let end = self.origin[span.end - 1] + 1;
        start.min(end)..end.max(start)
    }

    /// The cleaned char range holding what was at `original` (a char range of the original),
    /// or `None` when cleaning removed all of it.
    pub fn cleaned_range(&self, original: Range<usize>) -> Option<Range<usize>> {
        // Footnotes are moved to the end, so origins are not sorted: every char is looked at.
        let inside: Vec<usize> = (0..self.origin.len())
            .filter(|&i| original.contains(&self.origin[i]))
            .collect();
        Some(*inside.first()?..*inside.last()? + 1)
    }

    /// The sentence containing a char offset.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let idx = self.sentences.partition_point(|s| s.span.end <= offset);
        (idx < self.sentences.len() && self.sentences[idx].span.start <= offset).then_some(idx)
    }
}

#[derive(Default)]
struct Builder {
    text: String,
    origin: Vec<usize>,
}

impl Builder {
    fn push(&mut self, c: char, at: usize) {
        if c == ' ' && matches!(self.text.chars().next_back(), None | Some(' ' | '\n')) {
            return;
        }
        self.text.push(c);
        self.origin.push(at);
    }

    fn trim_end(&mut self) {
        while self.text.ends_with(' ') {
            self.text.pop();
            self.origin.pop();
        }
    }

    fn len(&self) -> usize {
        self.origin.len()
    }
}

fn split_lines(src: &[char]) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, &c) in src.iter().enumerate() {
        if c == '\n' {
            lines.push(make_line(src, start..i));
            start = i + 1;
        }
    }
    if start < src.len() {
        lines.push(make_line(src, start..src.len()));
    }
    lines
}

fn make_line(src: &[char], mut range: Range<usize>) -> Line {
    if range.end > range.start && src[range.end - 1] == '\r' {
        range.end -= 1;
    }
    let blank = src[range.clone()].iter().all(|c| is_space(*c));
    Line { range, blank }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{feff}')
}

fn is_bullet_glyph(c: char) -> bool {
    matches!(
        c,
        '\u{e000}'..='\u{f8ff}' | '•' | '·' | '▪' | '◦' | '●' | '○' | '■' | '□' | '➢' | '–'
    )
}

/// Splits line indices into running text and footnote blocks.
///
/// A footnote block starts after a separator line (a long run of spaces or underscores, as
/// Word's footnote rule converts) when the next line starts with a footnote number; it ends at
/// the first line that starts with white space, which is where the page's running text resumes.
fn separate_footnotes(src: &[char], lines: &[Line]) -> (Vec<usize>, Vec<Vec<usize>>, BTreeSet<u32>) {
    let mut body = Vec::new();
    let mut notes: Vec<Vec<usize>> = Vec::new();
    let mut numbers = BTreeSet::new();
    let mut i = 0;
    while i < lines.len() {
        let text: String = src[lines[i].range.clone()].iter().collect();
        let is_separator = text.chars().count() >= 20
            && (text.chars().all(is_space) || text.trim().chars().all(|c| c == '_') && !text.trim().is_empty());
        if is_separator && i + 1 < lines.len() && footnote_number(src, &lines[i + 1]).is_some() {
            i += 1;
            while i < lines.len() {
                let line = &lines[i];
                if let Some(n) = footnote_number(src, line) {
                    numbers.insert(n);
                    notes.push(vec![i]);
                } else if line.blank || starts_with_space(src, line) {
                    break;
                } else if let Some(note) = notes.last_mut() {
                    note.push(i);
                }
                i += 1;
            }
            continue;
        }
        body.push(i);
        i += 1;
    }
    (body, notes, numbers)
}

fn starts_with_space(src: &[char], line: &Line) -> bool {
    src.get(line.range.start).is_some_and(|c| is_space(*c))
}

fn footnote_number(src: &[char], line: &Line) -> Option<u32> {
    let chars = &src[line.range.clone()];
    let digits: String = chars.iter().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() > 3 || chars.get(digits.len()) != Some(&' ') {
        return None;
    }
    digits.parse().ok()
}

/// The original text as [`assemble`] reads it.
struct Page<'a> {
    src: &'a [char],
    lines: &'a [Line],
    footnote_numbers: &'a BTreeSet<u32>,
    /// The width at which the document's lines are wrapped.
    wrap: usize,
}

/// Joins the given source lines into paragraphs of cleaned text.
fn assemble(page: &Page, indices: &[usize], footnote: bool, out: &mut Builder, paragraphs: &mut Vec<Paragraph>) {
    let Page {
        src,
        lines,
        footnote_numbers,
        wrap,
    } = *page;
    let mut open: Option<Opened> = None;
    let mut prev_text = String::new();
    let mut saw_blank = false;
    for &li in indices {
        let line = &lines[li];
        if line.blank {
            saw_blank = true;
            continue;
        }
        let chars = &src[line.range.clone()];
        let indent = chars.iter().take_while(|c| is_space(**c)).count();
        let content: String = chars.iter().collect::<String>().trim().to_string();
        let start_kind = line_kind(&content);
        let prev = prev_text.trim_end();
        let joins_hyphen = prev.ends_with('-') && content.chars().next().is_some_and(char::is_lowercase);
        let continues = open.is_some()
            && start_kind == ParagraphKind::Plain
            && (joins_hyphen || continues_paragraph(prev, &content, saw_blank, wrap));
        if !continues {
            close(out, &mut open, paragraphs, footnote);
            open = Some(Opened {
                start: out.len(),
                byte_start: out.text.len(),
                kind: start_kind,
                indent,
            });
        } else if !joins_hyphen {
            out.push(' ', line.range.start);
        } else {
            out.trim_end();
        }
        emit_line(src, line.range.clone(), footnote_numbers, out);
        prev_text = content;
        saw_blank = false;
    }
    close(out, &mut open, paragraphs, footnote);
}

/// A paragraph being assembled: where it starts in the output, in chars and in bytes.
struct Opened {
    start: usize,
    byte_start: usize,
    kind: ParagraphKind,
    indent: usize,
}

fn close(out: &mut Builder, open: &mut Option<Opened>, paragraphs: &mut Vec<Paragraph>, footnote: bool) {
    if let Some(Opened {
        start,
        byte_start,
        kind,
        indent,
    }) = open.take()
    {
        out.trim_end();
        if out.len() > start {
            let kind = if kind == ParagraphKind::Plain && looks_like_heading(&out.text[byte_start..]) {
                ParagraphKind::Heading
            } else {
                kind
            };
            paragraphs.push(Paragraph {
                span: start..out.len(),
                kind,
                indent,
                footnote,
            });
            let at = out.origin.last().copied().unwrap_or(0);
            out.push('\n', at);
        }
    }
}

/// The longest line a converter wraps to a page's width, in chars: a PDF's widest layout
/// stays well under it.
const LONGEST_WRAPPED_LINE: usize = 200;

/// Whether a line continues the paragraph whose last line was `prev`.
fn continues_paragraph(prev: &str, next: &str, saw_blank: bool, wrap_width: usize) -> bool {
    let Some(last) = prev.chars().next_back() else {
        return false;
    };
    let first = next.chars().next().unwrap_or(' ');
    if is_operative_lead(next) {
        return false;
    }
    if matches!(last, ',' | '(' | '/' | '&') || prev.ends_with(" and") || prev.ends_with(" or") {
        return true;
    }
    if matches!(last, '.' | '?' | '!' | ':' | ';' | '”' | '"') {
        return first.is_lowercase() && !saw_blank;
    }
    if first.is_lowercase() || ends_with_connector(prev) {
        return true;
    }
    if is_all_caps(prev) && is_all_caps(next) {
        return true;
    }
    if saw_blank && is_section_heading(next) {
        return false;
    }
    // A line wrapped by the converter runs close to the page width; a short unterminated
    // line is a title. A line longer than any page is a whole paragraph, as pages and word
    // processors write them: a blank line after it ends it even without a full stop.
    let length = prev.chars().count();
    length >= wrap_width && !(saw_blank && length > LONGEST_WRAPPED_LINE) || !saw_blank && first.is_ascii_digit()
}

/// An operative verb alone on its line, over the numbered items it governs, as ITU resolutions
/// set them: "resolves", "instructs the Secretary-General", "invites Member States". It starts a
/// paragraph here, and the recommendations read it as the lead-in of the items under it.
pub(crate) fn is_operative_lead(line: &str) -> bool {
    const VERBS: &[&str] = &[
        "resolves",
        "decides",
        "instructs",
        "invites",
        "requests",
        "encourages",
        "urges",
        "recommends",
    ];
    let line = line.trim();
    let words: Vec<&str> = line.split_whitespace().collect();
    let (verb, object) = match words.as_slice() {
        ["further", verb, rest @ ..] | [verb, rest @ ..] if *verb != "further" => (*verb, rest),
        _ => return false,
    };
    let verb_is_operative = VERBS.contains(&verb) || verb == "calls" && object.first() == Some(&"upon");
    verb_is_operative && words.len() <= 6 && !line.ends_with(['.', ';', ':', ','])
}

/// The length from which a line counts as wrapped: most of the document's usual long line.
fn wrap_width(src: &[char], lines: &[Line]) -> usize {
    let mut lengths: Vec<usize> = lines
        .iter()
        .filter(|l| !l.blank)
        .map(|l| src[l.range.clone()].iter().collect::<String>().trim().chars().count())
        .collect();
    lengths.sort_unstable();
    let p90 = lengths.get(lengths.len() * 9 / 10).copied().unwrap_or(80);
    (p90 * 7 / 10).max(40)
}

/// "I Introduction", "IV. Recommendations", "B. Findings": a section number, then a capitalised
/// short line without final punctuation. Numbered items ("1.") are recognised elsewhere.
fn is_section_heading(line: &str) -> bool {
    let Some((number, rest)) = line.split_once([' ', '\t']) else {
        return false;
    };
    let (number, dotted) = match number.strip_suffix('.') {
        Some(n) => (n, true),
        None => (number, false),
    };
    let roman = !number.is_empty() && number.len() <= 5 && number.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    // Letters need their dot: a bare "A" is the article ("A New Approach").
    let letter = dotted && number.len() == 1 && number.chars().all(|c| c.is_ascii_uppercase());
    let rest = rest.trim();
    (roman || letter)
        && rest.chars().next().is_some_and(char::is_uppercase)
        && rest.chars().count() <= 80
        && !rest.ends_with(['.', ',', ';', ':'])
}

const CONNECTORS: &[&str] = &[
    "the", "of", "and", "on", "for", "in", "to", "a", "an", "with", "by", "or", "at", "from", "as",
];

fn ends_with_connector(line: &str) -> bool {
    line.rsplit(' ').next().is_some_and(|w| CONNECTORS.contains(&w))
}

fn is_all_caps(line: &str) -> bool {
    let letters = line.chars().filter(|c| c.is_alphabetic());
    line.chars().any(char::is_alphabetic) && letters.clone().all(char::is_uppercase)
}

fn line_kind(content: &str) -> ParagraphKind {
    let mut chars = content.chars();
    match chars.next() {
        Some(c) if is_bullet_glyph(c) || c == '-' && chars.next() == Some(' ') => ParagraphKind::Bullet,
        Some(c) if c.is_ascii_digit() => {
            let digits: String = content.chars().take_while(char::is_ascii_digit).collect();
            let rest = &content[digits.len()..];
            // "12. Requests …" and "1) Elect to:" both number an item, and so does ITU's "1 to
            // explore ways …" under "resolves" or "instructs the Secretary-General".
            let is_item = [". ", ".\t", ") ", ")\t"].iter().any(|p| rest.starts_with(p))
                || digits.len() <= 2 && [" to ", " that "].iter().any(|p| rest.starts_with(p));
            match digits.parse() {
                Ok(n) if is_item && rest.len() > 2 => ParagraphKind::Numbered(n),
                _ => ParagraphKind::Plain,
            }
        }
        _ if is_lettered_item(content) => ParagraphKind::Bullet,
        _ => ParagraphKind::Plain,
    }
}

/// A lettered or roman-numbered list item, "a) Consult with …", "(b) Host …", "c. Encourage …",
/// "(iv) …": resolutions and communiqués letter the items under a lead-in. Only a lower-case
/// letter is taken bare, since "A." or "I." also open sentences and section titles.
fn is_lettered_item(content: &str) -> bool {
    let (label, rest) = match content.strip_prefix('(') {
        Some(inner) => match inner.split_once(')') {
            Some((label, rest)) => (label, rest),
            None => return false,
        },
        None => match content.char_indices().nth(1) {
            Some((i, ')' | '.')) => (&content[..i], &content[i + 1..]),
            _ => return false,
        },
    };
    let lettered = label.chars().count() == 1 && label.chars().all(|c| c.is_ascii_lowercase());
    let roman = content.starts_with('(') && !label.is_empty() && label.chars().all(|c| matches!(c, 'i' | 'v' | 'x'));
    (lettered || roman) && rest.starts_with([' ', '\t']) && rest.trim().chars().count() > 1
}

fn looks_like_heading(text: &str) -> bool {
    let trimmed = text.trim();
    let Some(last) = trimmed.chars().next_back() else {
        return false;
    };
    let starts_upper = trimmed
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    starts_upper && trimmed.chars().count() <= 300 && !matches!(last, '.' | ';' | ',' | ':' | '?' | '!')
}

/// Copies one line's characters, dropping debris.
fn emit_line(src: &[char], range: Range<usize>, footnote_numbers: &BTreeSet<u32>, out: &mut Builder) {
    let chars = &src[range.clone()];
    let mut i = 0;
    let mut at_start = true;
    while i < chars.len() {
        let c = chars[i];
        let at = range.start + i;
        if let Some(skip) = bookmark_len(&chars[i..]) {
            i += skip;
            continue;
        }
        if at_start && is_space(c) {
            i += 1;
            continue;
        }
        if at_start && is_bullet_glyph(c) && chars.get(i + 1).is_none_or(|n| is_space(*n) || *n == '\t') {
            out.push(BULLET, at);
            out.push(' ', at);
            at_start = false;
            i += 1;
            continue;
        }
        at_start = false;
        if let Some(skip) = glued_footnote_marker(chars, i, footnote_numbers) {
            i += skip;
            continue;
        }
        match c {
            '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => {}
            '\u{e000}'..='\u{f8ff}' => out.push(' ', at),
            '´' | '‘' | '’' => out.push('\'', at),
            c if is_space(c) => out.push(' ', at),
            c => out.push(c, at),
        }
        i += 1;
    }
}

/// Word's `[bookmark: _GoBack]` markers survive conversion as text.
fn bookmark_len(chars: &[char]) -> Option<usize> {
    const OPEN: &str = "[bookmark:";
    if chars.len() < OPEN.len() || chars[..OPEN.len()].iter().copied().ne(OPEN.chars()) {
        return None;
    }
    chars.iter().position(|c| *c == ']').map(|p| p + 1)
}

/// The length of a footnote number glued to the end of a word (`Agenda.1`, `meeting3,`), when
/// that number is one of the document's footnotes.
fn glued_footnote_marker(chars: &[char], i: usize, numbers: &BTreeSet<u32>) -> Option<usize> {
    if numbers.is_empty() || !chars[i].is_ascii_digit() || i == 0 {
        return None;
    }
    let prev = chars[i - 1];
    let word_before = chars[..i].iter().rev().take_while(|c| c.is_alphabetic()).count();
    let glued = prev.is_alphabetic() && word_before >= 3 || prev == '.' && i >= 2 && chars[i - 2].is_alphabetic();
    if !glued {
        return None;
    }
    let len = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let after = chars.get(i + len).copied();
    let ends_word = after.is_none_or(|c| is_space(c) || matches!(c, ',' | ':' | ';' | '.' | ')'));
    let number: u32 = chars[i..i + len].iter().collect::<String>().parse().ok()?;
    (ends_word && len <= 2 && numbers.contains(&number)).then_some(len)
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "ms", "mrs", "dr", "prof", "no", "para", "paras", "e.g", "i.e", "etc", "art", "vol", "st", "u.s", "h.e",
    "rev", "inc", "ltd", "co", "vs", "fig", "p", "pp", "eng", "engr", "hon", "amb", "mme", "messrs",
];

fn split_sentences(clean: &CleanText) -> Vec<Sentence> {
    let chars = &clean.chars;
    let mut sentences = Vec::new();
    for (pi, para) in clean.paragraphs.iter().enumerate() {
        let mut start = para.span.start;
        let mut i = para.span.start;
        while i < para.span.end {
            let c = chars[i];
            if matches!(c, '.' | '?' | '!') && i + 2 < para.span.end && chars[i + 1] == ' ' {
                let next = chars[i + 2];
                let word: String = chars[start..i]
                    .iter()
                    .rev()
                    .take_while(|c| !c.is_whitespace())
                    .collect::<String>()
                    .chars()
                    .rev()
                    .collect::<String>()
                    .to_lowercase();
                // "H .E." as some pages write it ends on ".E", an initial like "E.".
                let core = word.trim_start_matches(['(', '"', '“', '.']);
                let abbreviation = ABBREVIATIONS.contains(&core) || core.chars().count() == 1 || word.len() == 1;
                if (next.is_uppercase() || next.is_ascii_digit() || matches!(next, '“' | '"' | '\'' | BULLET))
                    && !abbreviation
                {
                    sentences.push(Sentence {
                        span: start..i + 1,
                        paragraph: pi,
                    });
                    start = i + 2;
                    i += 2;
                    continue;
                }
            }
            i += 1;
        }
        if start < para.span.end {
            sentences.push(Sentence {
                span: start..para.span.end,
                paragraph: pi,
            });
        }
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_names_broken_across_lines_and_collapses_spaces() {
        let src = "We request the Chair of the Commission on Science and Technology, through the Economic and Social \nCouncil, to establish\u{a0} a group.\n";
        let clean = CleanText::new(src);
        assert!(
            clean
                .text
                .contains("through the Economic and Social Council, to establish a group.\n"),
            "{}",
            clean.text
        );
    }

    #[test]
    fn joins_words_hyphenated_at_line_end() {
        let clean = CleanText::new("ICT applications, including e-\nbusiness, e-health.\n");
        assert!(clean.text.contains("e-business, e-health"), "{}", clean.text);
    }

    #[test]
    fn moves_spliced_footnotes_out_of_the_sentence() {
        let src = "Ambassador Benedicto Fonseca Filho, from Brazil, was elected Chair of the Working \n\n                                                  \n1 Transcribe paragraphs 69 to 71 of the Tunis Agenda.\n Group. The list of the members of the group is attached as an annex to the report.\n";
        let clean = CleanText::new(src);
        assert!(
            clean.text.contains("was elected Chair of the Working Group. The list"),
            "{}",
            clean.text
        );
        let note = clean.paragraphs.last().unwrap();
        assert!(note.footnote);
        assert!(clean.slice(note.span.clone()).starts_with("1 Transcribe"));
    }

    #[test]
    fn strips_glued_footnote_markers_only_for_known_footnotes() {
        let src = "the Tunis Agenda.1 The G20 met.\n                              \n1 A note.\n Resumed.\n";
        let clean = CleanText::new(src);
        assert!(
            clean.text.starts_with("the Tunis Agenda. The G20 met.\nResumed."),
            "{}",
            clean.text
        );
    }

    #[test]
    fn bullets_become_paragraphs_and_offsets_map_back() {
        let src = "Key Recommendations\n\u{f0b7} Consider CSTD as a forum.\n\u{f0b7} Report to the CSTD.\n";
        let clean = CleanText::new(src);
        let kinds: Vec<_> = clean.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [ParagraphKind::Heading, ParagraphKind::Bullet, ParagraphKind::Bullet]
        );
        let at = clean.text.find("CSTD as").unwrap();
        let at = clean.text[..at].chars().count();
        let orig = clean.original_range(at..at + 4);
        let original: String = src.chars().skip(orig.start).take(orig.len()).collect();
        assert_eq!(original, "CSTD");
    }

    #[test]
    fn a_numbered_section_heading_after_a_blank_line_ends_the_title() {
        let src = " The contribution  \nto the 4th meeting of the Working Group on Enhanced Cooperation  \n\n \u{a0} \n\nI Introduction\u{a0} \n\nThe fourth meeting of the Working Group on Enhanced Cooperation is critical \nfor the completion of its work: to develop recommendations on how to further \nimplement enhanced cooperation as envisioned in the Tunis Agenda, according \nto paragraph 65 of General Assembly resolution 70/125.\n";
        let clean = CleanText::new(src);
        let paragraphs: Vec<_> = clean.paragraphs.iter().map(|p| clean.slice(p.span.clone())).collect();
        assert_eq!(
            paragraphs[..2],
            [
                "The contribution to the 4th meeting of the Working Group on Enhanced Cooperation",
                "I Introduction"
            ]
        );
        assert!(is_section_heading("IV. Recommendations") && is_section_heading("B. Findings"));
        assert!(!is_section_heading("I Am Here.") && !is_section_heading("A New Approach to the Agenda"));
    }

    #[test]
    fn a_line_longer_than_any_page_ends_its_paragraph_at_a_blank_line() {
        // Nigeria IGF 2017 report: a page whose every paragraph is one line, some unterminated.
        let themes = "Sub – Theme: Empowering Rural Agricultural Community | Empowering Trade, Investment & Industry for inclusive growth | Enabling Internet Regulations with Innovations | Enabling digital intervention for Sustainable Development | Internet Broadband for accelerated Economic Recovery";
        let src = format!(
            "{themes}\n\nObjectives To facilitate stakeholders’ contribution towards Global Internet Governance policy dialogue\n"
        );
        let clean = CleanText::new(&src);
        assert_eq!(clean.paragraphs.len(), 2);
        assert_eq!(clean.slice(clean.paragraphs[0].span.clone()), themes);
        // A line wrapped to a page's width goes on after a page break.
        let wrapped = "The Forum discussed many questions of access, of the digital divide and of the\n\nInternet Society chapters of the region.\n";
        assert_eq!(CleanText::new(wrapped).paragraphs.len(), 1);
    }

    #[test]
    fn lettered_and_parenthesised_items_are_list_items() {
        assert_eq!(
            line_kind("a) Consult with the ECOWAS Commission and FOSSFA on hosting the WAIGF;"),
            ParagraphKind::Bullet
        );
        assert_eq!(
            line_kind("(b) Host the virtual WAIGF Secretariat;"),
            ParagraphKind::Bullet
        );
        assert_eq!(
            line_kind("(iv) to continue to study internationalized domain names"),
            ParagraphKind::Bullet
        );
        assert_eq!(line_kind("1) Elect to:"), ParagraphKind::Numbered(1));
        assert_eq!(
            line_kind("3 to continue to undertake activities on international Internet related public policy issues"),
            ParagraphKind::Numbered(3)
        );
        assert_eq!(line_kind("2019 to 2023 saw many meetings"), ParagraphKind::Plain);
        let clean = CleanText::new(
            "4 to continue the activities, on the basis of reciprocity.\ninstructs the Secretary-General\n1 to continue to take a role;\n",
        );
        let starts: Vec<&str> = clean
            .paragraphs
            .iter()
            .map(|p| &clean.text[clean.offsets().bytes(p.span.clone())])
            .collect();
        assert_eq!(starts[1], "instructs the Secretary-General", "{starts:?}");
        // A sentence that goes on in lower case after a wrapped line stays one paragraph.
        let clean = CleanText::new(
            "The Council, in its resolution,\ninvites all stakeholders to take part in the work of the Group.\n",
        );
        assert_eq!(clean.paragraphs.len(), 1);
        assert_eq!(line_kind("20 participants to the meeting"), ParagraphKind::Plain);
        assert_eq!(line_kind("a great many participants attended"), ParagraphKind::Plain);
        assert_eq!(line_kind("A. Smith spoke first"), ParagraphKind::Plain);
        assert_eq!(line_kind("(Dubai, 2012)"), ParagraphKind::Plain);
    }

    #[test]
    fn an_operative_verb_alone_on_its_line_is_a_lead() {
        assert!(is_operative_lead("instructs the Secretary-General"));
        assert!(is_operative_lead("further resolves"));
        assert!(is_operative_lead("calls upon Member States"));
        assert!(!is_operative_lead("calls for action"));
        assert!(!is_operative_lead(
            "invites all stakeholders to take part in the work of the Group."
        ));
        assert!(!is_operative_lead("further"));
    }

    #[test]
    fn removes_bookmark_markers() {
        let clean = CleanText::new("[bookmark: _GoBack]Contributions were made.\n");
        assert_eq!(clean.text, "Contributions were made.\n");
    }

    #[test]
    fn splits_sentences_but_not_after_honorifics() {
        let clean = CleanText::new("Mr. Smith spoke. The Chair closed the meeting.\n");
        let sentences: Vec<_> = clean.sentences.iter().map(|s| clean.slice(s.span.clone())).collect();
        assert_eq!(sentences, ["Mr. Smith spoke.", "The Chair closed the meeting."]);
    }
}
