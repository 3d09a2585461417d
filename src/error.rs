//! The library's error type: each variant names the file, line or argument at fault.

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
        source: std::io::Error,
    },
    /// An input file has content igkg cannot use.
    #[error("{}: {message}", path.display())]
    Input {
        /// The file.
        path: PathBuf,
        /// What is wrong, with its line where known.
        message: String,
    },
    /// An RDF file does not parse.
    #[error("{}: {message}", path.display())]
    Rdf {
        /// The file.
        path: PathBuf,
        /// The parser's message with its position.
        message: String,
    },
    /// A SPARQL query does not parse.
    #[error("query {name}: {message}")]
    QuerySyntax {
        /// The query's name or file.
        name: String,
        /// The parser's message.
        message: String,
    },
    /// A command-line value is wrong.
    #[error("{0}")]
    Usage(String),
    /// A term given to `ask` or `--param` matches nothing.
    #[error("{0}")]
    NotFound(String),
    /// The store failed.
    #[error("store {}: {message}", path.display())]
    Store {
        /// The store's folder.
        path: PathBuf,
        /// The storage error.
        message: String,
    },
    /// Query evaluation failed.
    #[error("query evaluation: {0}")]
    Evaluation(String),
    /// A remote endpoint refused a request or could not be reached.
    #[error("{url}: {message}")]
    Remote {
        /// The method and URL of the request.
        url: String,
        /// The status and what the server said, or the transport error.
        message: String,
    },
    /// Query evaluation ran past its time limit.
    #[error("query cancelled: it ran past its time limit")]
    Cancelled,
}

impl From<oxigraph::sparql::QueryEvaluationError> for Error {
    fn from(e: oxigraph::sparql::QueryEvaluationError) -> Self {
        match e {
            oxigraph::sparql::QueryEvaluationError::Cancelled => Error::Cancelled,
            e => Error::Evaluation(e.to_string()),
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

    /// What went wrong, without the file it concerns (for reports that name the file already).
    pub fn reason(&self) -> String {
        match self {
            Error::Io { source, .. } => source.to_string(),
            Error::Input { message, .. } | Error::Rdf { message, .. } => message.clone(),
            other => other.to_string(),
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
