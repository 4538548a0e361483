//! Templates edited on the Ops page, with their history.

use sqlx::Row;

use super::{Result, Store, q, text};

/// One saved text of a template.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TemplateVersion {
    /// Row id.
    pub id: i64,
    /// The template's name (`en/reply.txt`).
    pub name: String,
    /// Its text.
    pub body: String,
    /// Who saved it.
    pub author: String,
    /// When (epoch ms).
    pub created_at: i64,
    /// What it was ("reverted to the version of …", "the file's text restored").
    pub note: Option<String>,
}

fn version(r: &sqlx::any::AnyRow) -> TemplateVersion {
    TemplateVersion {
        id: r.get(0),
        name: r.get(1),
        body: r.get(2),
        author: r.get(3),
        created_at: r.get(4),
        note: r.get(5),
    }
}

impl Store {
    /// Saves a template's text; its row id.
    pub async fn save_template(
        &self,
        name: &str,
        body: &str,
        author: &str,
        note: Option<&str>,
    ) -> Result<i64> {
        let row = sqlx::query(
            "INSERT INTO template_versions (name, body, author, created_at, note) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(name)
        .bind(text(body))
        .bind(author)
        .bind(self.now())
        .bind(note.map(text))
        .fetch_one(&self.pool)
        .await
        .map_err(q("save a template"))?;
        Ok(row.get(0))
    }

    /// A template's saved texts, newest first.
    pub async fn template_history(&self, name: &str) -> Result<Vec<TemplateVersion>> {
        let rows = sqlx::query(
            "SELECT id, name, body, author, created_at, note FROM template_versions \
             WHERE name = $1 ORDER BY id DESC",
        )
        .bind(name)
        .fetch_all(&self.pool)
        .await
        .map_err(q("read a template's history"))?;
        Ok(rows.iter().map(version).collect())
    }

    /// One saved text.
    pub async fn template_version(&self, id: i64) -> Result<Option<TemplateVersion>> {
        let row = sqlx::query(
            "SELECT id, name, body, author, created_at, note FROM template_versions WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .map_err(q("read a template version"))?;
        Ok(row.as_ref().map(version))
    }

    /// The newest saved text of every template that has one.
    pub async fn current_templates(&self) -> Result<Vec<TemplateVersion>> {
        let rows = sqlx::query(
            "SELECT id, name, body, author, created_at, note FROM template_versions t \
             WHERE id = (SELECT MAX(id) FROM template_versions u WHERE u.name = t.name) ORDER BY name",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(q("read the edited templates"))?;
        Ok(rows.iter().map(version).collect())
    }
}
