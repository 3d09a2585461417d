//! The library's error type: each variant names the file, line or value at fault as data and
//! keeps the error that caused it as its source. Messages never name a command-line flag: the
//! command line adds which flag a value came from.

use oxigraph::io::RdfSyntaxError;
use oxigraph::sparql::{QueryEvaluationError, SparqlSyntaxError};
use oxigraph::store::StorageError;
use std::path::{Path, PathBuf};

/// Errors of the library, by what went wrong.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// Results or an export could not be written to the output they were given.
    #[error("writing the output: {0}")]
    Output(#[source] std::io::Error),
    /// A folder the command reads does not exist.
    #[error("{}: {what} folder not found", path.display())]
    FolderNotFound {
        /// The folder.
        path: PathBuf,
        /// What it should hold ("corpus").
        what: &'static str,
    },
    /// A folder holds none of the files it should.
    #[error("{}: no {what}", path.display())]
    NothingToRead {
        /// The folder.
        path: PathBuf,
        /// What was looked for.
        what: &'static str,
    },
    /// A text file is not UTF-8.
    #[error("{}: not valid UTF-8 at line {line} (byte {byte})", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// The line of the first invalid byte, from 1.
        line: usize,
        /// The offset of the first invalid byte.
        byte: usize,
        /// The cause.
        #[source]
        source: std::str::Utf8Error,
    },
    /// A document holds nothing but white space.
    #[error("{}: empty document", path.display())]
    EmptyDocument {
        /// The file.
        path: PathBuf,
    },
    /// A PDF, Word, HTML or Akoma Ntoso file cannot be read in its format.
    #[error("{}: {reason}", path.display())]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What its reader reported.
        reason: String,
    },
    /// A JSON file does not parse, or does not have the expected shape.
    #[error("{}: line {line} column {column}: {source}", path.display())]
    Json {
        /// The file.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
        /// The parser's error.
        #[source]
        source: serde_json::Error,
    },
    /// An entry of the corpus's metadata file is wrong.
    #[error("{}: entry '{entry}': {problem}", path.display())]
    Metadata {
        /// The metadata file.
        path: PathBuf,
        /// The entry's file name.
        entry: String,
        /// What is wrong with it.
        problem: MetadataProblem,
    },
    /// An RDF file does not parse.
    #[error("{}: {source}", path.display())]
    Rdf {
        /// The file.
        path: PathBuf,
        /// The line of the error, from 1, where the parser tells it.
        line: Option<u64>,
        /// The parser's error, with its position.
        #[source]
        source: RdfSyntaxError,
    },
    /// A query file's header line does not follow the expected form.
    #[error("{}: line {line}: expected '{expected}'", path.display())]
    QueryHeader {
        /// The query file.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
        /// The form the line should have.
        expected: &'static str,
    },
    /// A SPARQL query does not parse.
    #[error("query {name}: {source}")]
    QuerySyntax {
        /// The query's name or file.
        name: String,
        /// The parser's error, with its position.
        #[source]
        source: SparqlSyntaxError,
    },
    /// A query gives results of another form than the caller reads.
    #[error("expected a {expected} query")]
    QueryForm {
        /// The form expected ("SELECT", "CONSTRUCT or DESCRIBE").
        expected: &'static str,
    },
    /// A query gives more rows than the caller's limit.
    #[error("the result has more than {max} rows")]
    TooManyRows {
        /// The limit.
        max: usize,
    },
    /// A name is not a valid SPARQL variable name.
    #[error("{name}: {source}")]
    Variable {
        /// The name.
        name: String,
        /// The parser's error.
        #[source]
        source: oxigraph::model::VariableNameParseError,
    },
    /// A value is not an IRI.
    #[error("'{value}' is not an IRI: {source}")]
    Iri {
        /// The value as given.
        value: String,
        /// The parser's error.
        #[source]
        source: oxigraph::model::IriParseError,
    },
    /// A prefix of igkg's own does not parse (a fault of igkg, not of its input).
    #[error("prefix {prefix}: {source}")]
    Prefix {
        /// The prefix.
        prefix: String,
        /// The parser's error.
        #[source]
        source: oxigraph::model::IriParseError,
    },
    /// A base IRI cannot prefix igkg's IRIs.
    #[error("base IRI '{base}' must end with '/' or '#'")]
    BaseIri {
        /// The base as given.
        base: String,
    },
    /// A term matches no entity of the store.
    #[error("no {what} matches '{term}'; closest: {}", closest.join(", "))]
    NotFound {
        /// What was looked for ("body", "issue", "document").
        what: &'static str,
        /// The term as given.
        term: String,
        /// The closest labels, best first.
        closest: Vec<String>,
    },
    /// No bundled query has the name.
    #[error("no bundled query named '{name}'; there are: {}", known.join(", "))]
    UnknownQuery {
        /// The name asked for.
        name: String,
        /// The names there are.
        known: Vec<String>,
    },
    /// A store folder's generation has a name that is not text.
    #[error("{}: not a generation folder", path.display())]
    NotAGeneration {
        /// The folder.
        path: PathBuf,
    },
    /// A question matches none of the kinds `ask` answers.
    #[error(
        "cannot tell what '{question}' asks; try e.g. {examples}; or name a kind: igkg ask KIND TERM with KIND one of {kinds}"
    )]
    UnknownQuestion {
        /// The question.
        question: String,
        /// Questions that are understood, quoted.
        examples: String,
        /// The kinds, comma-separated.
        kinds: String,
    },
    /// A build was refused: a document was left out under strict mode.
    #[error("{}: {reason} (strict build: nothing was written)", path.display())]
    Strict {
        /// The first document left out.
        path: PathBuf,
        /// Why it was left out.
        reason: String,
    },
    /// No document of the corpus could be read or extracted.
    #[error("{}: none of the {skipped} documents could be read or extracted; the store is unchanged", path.display())]
    NothingBuilt {
        /// The corpus folder.
        path: PathBuf,
        /// The documents left out.
        skipped: usize,
    },
    /// The folder holds no igkg store.
    #[error("store {}: no igkg store here; run `igkg build --corpus DIR` first", path.display())]
    NoStore {
        /// The store folder.
        path: PathBuf,
    },
    /// The store holds no graph to publish.
    #[error("the store holds no graphs; run `igkg build --corpus DIR` first")]
    EmptyStore,
    /// The store failed.
    #[error("store {}: {source}", path.display())]
    Store {
        /// The store's folder.
        path: PathBuf,
        /// The storage error.
        #[source]
        source: StorageError,
    },
    /// The disk holding the store filled up during a build. The build removed what it had
    /// written, so the previous graph is the one answering.
    #[error(
        "store {}: the disk is full (no space left on device); the build stopped, the previous graph is unchanged and still answers; free space and build again",
        path.display()
    )]
    DiskFull {
        /// The store folder.
        path: PathBuf,
        /// The write that failed.
        #[source]
        source: std::io::Error,
    },
    /// Another build is writing to the same store.
    #[error("store {}: another igkg build is writing to this store; wait for it to finish", path.display())]
    BuildRunning {
        /// The store folder.
        path: PathBuf,
    },
    /// Reading the store failed while answering.
    #[error("query evaluation: {0}")]
    Storage(#[from] StorageError),
    /// Query evaluation failed.
    #[error("query evaluation: {0}")]
    Evaluation(#[source] QueryEvaluationError),
    /// Query evaluation ran past its time limit.
    #[error("query cancelled: it ran past its time limit")]
    Cancelled,
    /// A batch size of zero.
    #[error("the batch size must be at least 1")]
    EmptyBatch,
    /// A remote endpoint's URL cannot be used.
    #[error("{problem}")]
    Endpoint {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        problem: EndpointProblem,
    },
    /// A remote endpoint answered with an error status.
    #[error("{request}: HTTP {status}{}{}", hint.map(|h| format!(" ({h})")).unwrap_or_default(), if said.is_empty() { String::new() } else { format!(": {said}") })]
    Http {
        /// The method and URL of the request (any password in it hidden).
        request: String,
        /// The status code.
        status: u16,
        /// What the status likely means here.
        hint: Option<&'static str>,
        /// The gist of what the server said (may be empty).
        said: String,
    },
    /// A remote endpoint could not be reached, or its reply not read.
    #[error("{request}: {}{source}", stage.map(|s| format!("{s}: ")).unwrap_or_default())]
    Transport {
        /// The method and URL of the request (any password in it hidden).
        request: String,
        /// The step that failed, when not the connection itself ("reading the reply").
        stage: Option<&'static str>,
        /// The transport error.
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    /// A remote endpoint sent RDF that does not parse.
    #[error("{request}: the endpoint's copy of the {what} does not parse: {source}")]
    RemoteRdf {
        /// The method and URL of the request.
        request: String,
        /// What the RDF should have been.
        what: &'static str,
        /// The parser's error.
        #[source]
        source: RdfSyntaxError,
    },
    /// A graph failed part-way through being sent.
    #[error("{source} ({graph} may be incomplete at the endpoint; push again)")]
    Incomplete {
        /// The graph, in N-Triples form.
        graph: String,
        /// Why the sending stopped.
        #[source]
        source: Box<Error>,
    },
    /// The server could not listen on its address.
    #[error("{source}")]
    Bind {
        /// The address.
        addr: std::net::SocketAddr,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The server's runtime failed.
    #[error("serve: {0}")]
    Serve(#[source] std::io::Error),
}

/// What is wrong with an entry of the metadata file.
#[derive(Debug, thiserror::Error)]
pub enum MetadataProblem {
    /// It names no document of the corpus.
    #[error("names no .txt file of the corpus")]
    UnknownDocument,
    /// Its date is not ISO 8601.
    #[error("date '{0}' is not ISO 8601")]
    Date(String),
}

/// What is wrong with a remote endpoint's URL.
#[derive(Debug, thiserror::Error)]
pub enum EndpointProblem {
    /// It does not parse.
    #[error("{0}")]
    Parse(#[from] url::ParseError),
    /// It is not HTTP.
    #[error("expected an http:// or https:// URL")]
    Scheme,
    /// It already names a graph.
    #[error("give the endpoint itself; igkg adds ?graph=… for each graph")]
    NamesGraph,
}

impl From<QueryEvaluationError> for Error {
    fn from(e: QueryEvaluationError) -> Self {
        match e {
            QueryEvaluationError::Cancelled => Error::Cancelled,
            e => Error::Evaluation(e),
        }
    }
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: &Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// A storage error of the store at `path`.
    pub fn store(path: &Path, source: StorageError) -> Self {
        Error::Store {
            path: path.to_path_buf(),
            source,
        }
    }

    /// What went wrong, without the file it concerns (for reports that name the file already).
    pub fn reason(&self) -> String {
        let text = self.to_string();
        match self.path() {
            Some(path) => text
                .strip_prefix(&format!("{}: ", path.display()))
                .map(str::to_string)
                .unwrap_or(text),
            None => text,
        }
    }

    /// The file or folder the error concerns, if any.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Error::Io { path, .. }
            | Error::FolderNotFound { path, .. }
            | Error::NothingToRead { path, .. }
            | Error::NotUtf8 { path, .. }
            | Error::EmptyDocument { path }
            | Error::Unreadable { path, .. }
            | Error::Json { path, .. }
            | Error::Metadata { path, .. }
            | Error::Rdf { path, .. }
            | Error::QueryHeader { path, .. }
            | Error::Strict { path, .. }
            | Error::NothingBuilt { path, .. } => Some(path),
            _ => None,
        }
    }

    /// A JSON error on `path`, with the parser's position.
    pub fn json(path: &Path, source: serde_json::Error) -> Self {
        Error::Json {
            path: path.to_path_buf(),
            line: source.line(),
            column: source.column(),
            source,
        }
    }

    /// An RDF parse error on `path`, with the parser's line.
    pub fn rdf(path: &Path, source: RdfSyntaxError) -> Self {
        let line = source.location().map(|l| l.start.line + 1);
        Error::Rdf {
            path: path.to_path_buf(),
            line,
            source,
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
