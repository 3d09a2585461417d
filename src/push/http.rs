//! A small blocking HTTP client for remote triple stores: ureq underneath, with the
//! authentication schemes those stores use (HTTP Basic for Fuseki and GraphDB, Digest for
//! Virtuoso's `-auth` endpoints, bearer tokens for gateways), negotiated from the server's
//! challenge the way `curl --anyauth` does.

use crate::error::{Error, Result};
use base64::Engine;
use std::sync::Mutex;
use std::time::Duration;
use url::Url;

/// Who the client is at the remote store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credentials {
    /// A user name and password, sent by the scheme the server asks for (Basic or Digest).
    User {
        /// The user name.
        name: String,
        /// The password.
        password: String,
    },
    /// A bearer token, sent with every request.
    Bearer(String),
}

/// The scheme a server asked for, remembered so later requests authenticate up front instead
/// of sending their body twice.
enum Challenge {
    Basic,
    Digest(Box<digest_auth::WwwAuthenticateHeader>),
}

/// A reply with a 2xx status.
pub struct Reply {
    /// The status code.
    pub status: u16,
    /// The `Content-Type` header, without parameters.
    pub content_type: String,
    /// The body.
    pub body: Vec<u8>,
}

/// An HTTP client bound to credentials.
pub struct Client {
    agent: ureq::Agent,
    credentials: Option<Credentials>,
    challenge: Mutex<Option<Challenge>>,
}

/// A request: method, URL, headers and body.
pub struct Request<'a> {
    /// `GET`, `PUT`, `POST` or `DELETE`.
    pub method: &'static str,
    /// The full URL, query string included.
    pub url: &'a Url,
    /// `Content-Type` of the body, if any.
    pub content_type: Option<&'a str>,
    /// `Accept`, if any.
    pub accept: Option<&'a str>,
    /// The body (empty for none).
    pub body: &'a [u8],
}

impl Client {
    /// A client whose requests give up after `timeout`.
    pub fn new(credentials: Option<Credentials>, timeout: Duration) -> Self {
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(Duration::from_secs(10))
            .timeout(timeout)
            .user_agent(concat!("igkg/", env!("CARGO_PKG_VERSION")))
            .build();
        Client {
            agent,
            credentials,
            challenge: Mutex::new(None),
        }
    }

    /// Sends `request`; a 404 is `Ok(None)`, any other status outside 2xx is an error naming
    /// the URL, the status and what the server said.
    pub fn send(&self, request: &Request<'_>) -> Result<Option<Reply>> {
        let mut retried = false;
        loop {
            let mut call = self.agent.request_url(request.method, request.url);
            if let Some(ct) = request.content_type {
                call = call.set("Content-Type", ct);
            }
            if let Some(accept) = request.accept {
                call = call.set("Accept", accept);
            }
            if let Some(authorization) = self.authorization(request)? {
                call = call.set("Authorization", &authorization);
            }
            let outcome = if request.body.is_empty() && matches!(request.method, "GET" | "DELETE") {
                call.call()
            } else {
                call.send_bytes(request.body)
            };
            match outcome {
                Ok(response) => return read_reply(request, response).map(Some),
                Err(ureq::Error::Status(404, _)) if request.method == "GET" || request.method == "DELETE" => {
                    return Ok(None);
                }
                Err(ureq::Error::Status(401, response)) if !retried && self.learn(&response) => {
                    retried = true;
                }
                Err(ureq::Error::Status(status, response)) => {
                    let hint = match status {
                        401 if self.credentials.is_none() => Some(NO_CREDENTIALS),
                        401 => Some("credentials refused"),
                        403 => Some("the user may not write here"),
                        _ => None,
                    };
                    return Err(Error::Http {
                        request: shown(request),
                        status,
                        hint,
                        said: summarize(&response.into_string().unwrap_or_default()),
                    });
                }
                Err(ureq::Error::Transport(t)) => return Err(transport(request, None, t)),
            }
        }
    }

    /// Reads the challenge of a 401; true if the next attempt can answer it.
    fn learn(&self, response: &ureq::Response) -> bool {
        let Some(Credentials::User { .. }) = &self.credentials else {
            return false;
        };
        let challenges: Vec<&str> = response.all("WWW-Authenticate");
        let digest = challenges
            .iter()
            .find(|c| c.trim_start().to_ascii_lowercase().starts_with("digest"))
            .and_then(|c| digest_auth::parse(c).ok());
        let learned = match digest {
            Some(prompt) => Some(Challenge::Digest(Box::new(prompt))),
            None if challenges
                .iter()
                .any(|c| c.trim_start().to_ascii_lowercase().starts_with("basic")) =>
            {
                Some(Challenge::Basic)
            }
            None => None,
        };
        let known = learned.is_some();
        *self.challenge.lock().unwrap_or_else(|e| e.into_inner()) = learned;
        known
    }

    fn authorization(&self, request: &Request<'_>) -> Result<Option<String>> {
        match &self.credentials {
            None => Ok(None),
            Some(Credentials::Bearer(token)) => Ok(Some(format!("Bearer {token}"))),
            Some(Credentials::User { name, password }) => {
                let mut challenge = self.challenge.lock().unwrap_or_else(|e| e.into_inner());
                match &mut *challenge {
                    None => Ok(None),
                    Some(Challenge::Basic) => {
                        let pair = base64::engine::general_purpose::STANDARD.encode(format!("{name}:{password}"));
                        Ok(Some(format!("Basic {pair}")))
                    }
                    Some(Challenge::Digest(prompt)) => {
                        let uri = match request.url.query() {
                            Some(q) => format!("{}?{q}", request.url.path()),
                            None => request.url.path().to_string(),
                        };
                        let context = digest_auth::AuthContext::new_with_method(
                            name.as_str(),
                            password.as_str(),
                            uri,
                            Some(request.body),
                            digest_auth::HttpMethod(request.method.into()),
                        );
                        let answer = prompt
                            .respond(&context)
                            .map_err(|e| transport(request, Some("digest authentication"), e))?;
                        Ok(Some(answer.to_header_string()))
                    }
                }
            }
        }
    }
}

fn read_reply(request: &Request<'_>, response: ureq::Response) -> Result<Reply> {
    let status = response.status();
    let content_type = response.content_type().to_string();
    let mut body = Vec::new();
    std::io::Read::read_to_end(&mut response.into_reader(), &mut body)
        .map_err(|e| transport(request, Some("reading the reply"), e))?;
    Ok(Reply {
        status,
        content_type,
        body,
    })
}

/// The hint of an HTTP 401 to a request sent without credentials.
pub const NO_CREDENTIALS: &str = "the endpoint wants credentials";

/// The method and URL of a request, as errors show them.
fn shown(request: &Request<'_>) -> String {
    format!("{} {}", request.method, redact(request.url))
}

fn transport(
    request: &Request<'_>,
    stage: Option<&'static str>,
    e: impl std::error::Error + Send + Sync + 'static,
) -> Error {
    Error::Transport {
        request: shown(request),
        stage,
        source: Box::new(e),
    }
}

/// The URL without any password written into it.
fn redact(url: &Url) -> String {
    let mut shown = url.clone();
    if shown.password().is_some() {
        let _ = shown.set_password(Some("***"));
    }
    shown.to_string()
}

/// The gist of an error body: markup stripped, whitespace collapsed, at most 300 characters
/// (empty if the server said nothing).
fn summarize(body: &str) -> String {
    let mut text = String::with_capacity(body.len());
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() > 300 {
        format!("{}…", joined.chars().take(300).collect::<String>())
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_pages_are_cut_down_to_their_text() {
        let page = "<html><head><title>SPARQL Graph Protocol request failed</title></head>\n<body><h1>HTTP/1.1 403 Forbidden</h1><xmp>SQ110: Permission denied</xmp></body></html>";
        assert_eq!(
            summarize(page),
            "SPARQL Graph Protocol request failed HTTP/1.1 403 Forbidden SQ110: Permission denied"
        );
        assert_eq!(summarize("  \n"), "");
        assert!(summarize(&"x ".repeat(400)).ends_with('…'));
    }

    #[test]
    fn passwords_in_urls_are_not_shown() {
        let url = Url::parse("http://dba:secret@localhost:8890/sparql-graph-crud").unwrap();
        assert!(!redact(&url).contains("secret"));
    }
}
