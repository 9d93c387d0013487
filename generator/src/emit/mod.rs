//! Stage 3: the IR to the files of the generated crate, in memory.
//!
//! A pure function of the IR: the same `Api` gives the same bytes on any
//! machine (everything is iterated in sorted or spec order, nothing reads the
//! clock or the environment).

mod auth;
mod call;
mod crate_root;
mod errors;
mod file;
mod mock;
mod models;
mod operations;
mod recursion;
mod render;
pub mod rust;
mod service;
mod validation;

use std::collections::{BTreeSet, HashMap, HashSet};

use crate::diagnostics::Error;
use crate::ir::{Api, Operation, TypeKind, TypeRef};
use crate::runtime_source;

pub use file::GeneratedFile;

/// Every file of the generated crate, sorted by path.
pub fn emit(api: &Api, extra_files: &[GeneratedFile]) -> Result<Vec<GeneratedFile>, Error> {
    emit_into(api, extra_files, &|_| {})
}

/// [`emit`], also handing each Rust file to `sink` as soon as it is laid
/// out, on the thread that built it (in no particular order), so that the
/// caller can write it while the other files are still being built. The
/// files returned are the same.
pub fn emit_into(
    api: &Api,
    extra_files: &[GeneratedFile],
    sink: &(dyn Fn(&GeneratedFile) + Sync),
) -> Result<Vec<GeneratedFile>, Error> {
    let request_types = request_types(api);
    let structs: HashSet<&str> = api
        .types
        .iter()
        .filter(|t| matches!(t.kind, TypeKind::Struct(_)))
        .map(|t| t.name.as_str())
        .collect();
    let with_builder = |name: &str| request_types.contains(name) && structs.contains(name);
    let mut by_group: HashMap<&str, Vec<&Operation>> = HashMap::new();
    for op in &api.operations {
        by_group.entry(op.group.as_str()).or_default().push(op);
    }
    let members = |group: &crate::ir::Group| {
        by_group
            .get(group.module.as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[])
    };

    // Every Rust file is one job on one pool, the largest first, so that no
    // core idles while another finishes a big file.
    let mut jobs: Vec<RustFile> = [
        RustFile::Lib,
        RustFile::Client,
        RustFile::Service,
        RustFile::Mock,
        RustFile::ModelsMod,
        RustFile::OperationsMod,
    ]
    .into_iter()
    .chain(api.types.iter().map(RustFile::Model))
    .chain(api.groups.iter().map(RustFile::Group))
    .collect();
    jobs.sort_by_key(|job| std::cmp::Reverse(job.weight(api, &by_group)));
    let rust_files = in_parallel(&jobs, |job| {
        let (path, tokens) = match job {
            RustFile::Lib => ("src/lib.rs".to_string(), crate_root::lib_file(api)),
            RustFile::Client => ("src/client.rs".to_string(), crate_root::client_file(api)),
            RustFile::Service => ("src/service.rs".to_string(), service::service_file(api)),
            RustFile::Mock => ("src/mock.rs".to_string(), mock::mock_file(api)),
            RustFile::ModelsMod => (
                "src/models/mod.rs".to_string(),
                crate_root::models_mod(api, &with_builder),
            ),
            RustFile::OperationsMod => (
                "src/operations/mod.rs".to_string(),
                crate_root::operations_mod(api),
            ),
            RustFile::Model(def) => (
                format!("src/models/{}.rs", def.module),
                models::model_file(def, request_types.contains(&def.name)),
            ),
            RustFile::Group(group) => (
                format!("src/operations/{}.rs", group.module),
                operations::group_file(api, group, members(group)),
            ),
        };
        let contents = rust::print(&path, tokens)?;
        let file = GeneratedFile { path, contents };
        sink(&file);
        Ok(file)
    });
    let mut files = Vec::new();
    for file in rust_files {
        files.push(file?);
    }
    let huawei = api
        .service
        .auth
        .contains(&crate::ir::AuthScheme::SdkHmacSha256);
    for (name, contents) in runtime_source::runtime_crate(huawei) {
        files.push(GeneratedFile {
            path: format!("runtime/src/{name}"),
            contents,
        });
    }
    if crate_root::has_enums(api) {
        files.push(GeneratedFile {
            path: "src/unknown.rs".into(),
            contents: runtime_source::unknown_module().into(),
        });
    }
    let examples: Vec<String> = extra_files
        .iter()
        .filter_map(|f| {
            f.path
                .strip_prefix("examples/")?
                .strip_suffix(".rs")
                .map(str::to_string)
        })
        .collect();
    files.extend(render::render(api, &examples)?);
    // The settings under which the emitted layout is what `cargo fmt` keeps.
    files.push(GeneratedFile {
        path: "src/rustfmt.toml".into(),
        contents: crate::format::RUSTFMT_TOML.into(),
    });
    files.extend(extra_files.iter().cloned());
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// One Rust file of the generated crate, as a job for [`in_parallel`].
enum RustFile<'a> {
    Lib,
    Client,
    Service,
    Mock,
    ModelsMod,
    OperationsMod,
    Model(&'a crate::ir::TypeDef),
    Group(&'a crate::ir::Group),
}

impl RustFile<'_> {
    /// The file's rough size in KiB, to start the largest first. Measured
    /// on Oxide's nexus document: a group file holds about 6 KiB per
    /// operation, the mock half a KiB, a model 2 KiB.
    fn weight(&self, api: &Api, by_group: &HashMap<&str, Vec<&Operation>>) -> usize {
        match self {
            RustFile::Group(group) => 6 * by_group.get(group.module.as_str()).map_or(0, Vec::len),
            RustFile::Mock => api.operations.len() / 2,
            RustFile::Model(_) => 2,
            _ => 1,
        }
    }
}

/// Runs `job` over `items` on every core. Token streams are not `Send`, so
/// each file is built and printed on the thread that owns it; only the
/// finished text crosses threads. Workers take the next item as they finish
/// one (file sizes vary a lot), and results keep the order of `items`.
fn in_parallel<T, F>(items: &[T], job: F) -> Vec<Result<GeneratedFile, Error>>
where
    T: Sync,
    F: Fn(&T) -> Result<GeneratedFile, Error> + Sync,
{
    use std::sync::atomic::{AtomicUsize, Ordering};
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if threads < 2 || items.len() < 2 {
        return items.iter().map(&job).collect();
    }
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut done = Vec::new();
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(index) else {
                return done;
            };
            done.push((index, job(item)));
        }
    };
    let mut results: Vec<(usize, Result<GeneratedFile, Error>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(items.len()))
            .map(|_| scope.spawn(worker))
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker.join().unwrap_or_else(|_| {
                    vec![(
                        usize::MAX,
                        Err(Error::Emit {
                            what: "a worker thread".into(),
                            message: "panicked".into(),
                        }),
                    )]
                })
            })
            .collect()
    });
    results.sort_by_key(|(index, _)| *index);
    results.into_iter().map(|(_, result)| result).collect()
}

/// Types a request can carry (through parameters or bodies), transitively:
/// these get builders and `Validate` implementations.
pub fn request_types(api: &Api) -> BTreeSet<String> {
    let by_name: HashMap<&str, &crate::ir::TypeDef> =
        api.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut stack: Vec<&str> = api
        .operations
        .iter()
        .flat_map(|op| op.request_type_refs())
        .filter_map(TypeRef::named)
        .collect();
    let mut seen = BTreeSet::new();
    while let Some(name) = stack.pop() {
        if !seen.insert(name.to_string()) {
            continue;
        }
        if let Some(def) = by_name.get(name) {
            stack.extend(def.kind.named_refs());
        }
    }
    seen
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::ir::*;

    /// A small hand-built API: emission is tested on the IR alone.
    pub(crate) fn sample_api() -> Api {
        let docs = |text: &str| Docs {
            description: Some(text.to_string()),
            ..Docs::default()
        };
        let name = Field {
            name: "name".into(),
            wire_name: "name".into(),
            docs: docs("The pet's name."),
            ty: TypeRef::String,
            required: true,
            nullable: false,
            read_only: false,
            write_only: false,
            default: None,
            constraints: Constraints {
                min_length: Some(1),
                max_length: Some(20),
                ..Constraints::default()
            },
            boxed: false,
        };
        let kind = Field {
            name: "kind".into(),
            wire_name: "type".into(),
            required: false,
            ty: TypeRef::Named("Kind".into()),
            constraints: Constraints::default(),
            docs: Docs::default(),
            ..name.clone()
        };
        let id = Param {
            name: "pet_id".into(),
            wire_name: "petId".into(),
            location: ParamLocation::Path,
            required: true,
            docs: docs("Which pet."),
            ty: TypeRef::Integer(IntWidth::I64),
            constraints: Constraints {
                minimum: Some(1.0),
                ..Constraints::default()
            },
            style: ParamStyle::Simple,
            explode: false,
            allow_reserved: false,
            json: false,
            client_value: None,
        };
        Api {
            crate_info: CrateInfo {
                package: "pet-store".into(),
                lib_name: "pet_store".into(),
                title: "Pet Store".into(),
                description: Some("Pets [and] <things>.".into()),
                api_version: "1.0".into(),
            },
            service: Service {
                url_template: "https://pets.example".into(),
                region_variable: None,
                regions: Vec::new(),
                default_region: None,
                endpoint_env_prefix: None,
                auth: Vec::new(),
                auth_optional: false,
                credentials: None,
            },
            types: vec![
                TypeDef {
                    name: "Kind".into(),
                    module: "kind".into(),
                    origin: "#/components/schemas/Kind".into(),
                    docs: Docs::default(),
                    kind: TypeKind::Enum(EnumDef {
                        repr: EnumRepr::String,
                        variants: vec![EnumVariant {
                            name: "Cat".into(),
                            value: "cat".into(),
                        }],
                    }),
                },
                TypeDef {
                    name: "Pet".into(),
                    module: "pet".into(),
                    origin: "#/components/schemas/Pet".into(),
                    docs: docs("A pet."),
                    kind: TypeKind::Struct(StructDef {
                        fields: vec![name, kind],
                        additional: None,
                    }),
                },
            ],
            operations: vec![Operation {
                id: "updatePet".into(),
                method_name: "update_pet".into(),
                type_name: "UpdatePet".into(),
                group: "pets".into(),
                http_method: HttpMethod::Put,
                path: "/pets/{petId}".into(),
                path_parts: vec![PathPart::Literal("/pets/".into()), PathPart::Param(0)],
                docs: Docs {
                    summary: Some("Update a pet".into()),
                    ..Docs::default()
                },
                params: vec![id],
                body: Some(Body {
                    media: vec![BodyMedia {
                        ty: TypeRef::Named("Pet".into()),
                        encoding: BodyEncoding::Json,
                        content_type: "application/json".into(),
                        variant: "Json".into(),
                    }],
                    required: true,
                    docs: Docs::default(),
                }),
                responses: vec![Response {
                    status: StatusMatch::Code(200),
                    description: "The pet.".into(),
                    body: ResponseBody::Json(TypeRef::Named("Pet".into())),
                    other_media: Vec::new(),
                }],
                pagination: None,
                documented_requests: Vec::new(),
                origin: "#/paths/~1pets~1{petId}/put".into(),
            }],
            groups: vec![Group {
                module: "pets".into(),
                name: "Pets".into(),
                description: None,
            }],
        }
    }

    fn file<'f>(files: &'f [GeneratedFile], path: &str) -> &'f str {
        files
            .iter()
            .find(|f| f.path == path)
            .map(|f| f.contents.as_str())
            .unwrap_or_else(|| panic!("no {path}"))
    }

    #[test]
    fn emits_models_operations_and_the_crate_skeleton() {
        let files = emit(&sample_api(), &[]).expect("emits");
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        for expected in [
            "Cargo.toml",
            "README.md",
            "src/lib.rs",
            "src/client.rs",
            "src/service.rs",
            "src/models/mod.rs",
            "src/models/pet.rs",
            "src/models/kind.rs",
            "src/operations/mod.rs",
            "src/operations/pets.rs",
            "src/unknown.rs",
            "runtime/Cargo.toml",
            "runtime/src/lib.rs",
            "runtime/src/transport.rs",
        ] {
            assert!(
                paths.contains(&expected),
                "{expected} missing from {paths:?}"
            );
        }
        let mut sorted = paths.clone();
        sorted.sort();
        assert_eq!(paths, sorted, "files come out sorted");

        let pet = file(&files, "src/models/pet.rs");
        assert!(pet.contains("pub struct Pet {"));
        assert!(
            pet.contains("pub name: String,"),
            "required fields are plain"
        );
        assert!(pet.contains(
            "#[serde(rename = \"type\", default, skip_serializing_if = \"Option::is_none\")]"
        ));
        assert!(
            pet.contains("pub kind: Option<Kind>,"),
            "optional fields are options"
        );
        assert!(
            pet.contains("pub struct PetBuilder"),
            "request types get a builder"
        );
        assert!(pet.contains("out.check_length(&field, value, Some(1), Some(20));"));

        let kind = file(&files, "src/models/kind.rs");
        assert!(
            kind.contains("Unknown(unknown::UnknownValue<Kind>)")
                && kind.contains("#[non_exhaustive]"),
            "enums stay open"
        );

        let pets = file(&files, "src/operations/pets.rs");
        assert!(pets.contains("pub struct UpdatePetRequest"));
        assert!(pets.contains(
            "pub fn update_pet(&self, pet_id: impl Into<i64>, body: models::Pet) -> UpdatePet"
        ));
        assert!(pets.contains("out.check_range_i64(\"petId\", *value, Some(1), None);"));
        assert!(
            pets.contains("`PUT /pets/{petId}`"),
            "the docs give method and path"
        );
        for file in files.iter().filter(|f| f.path.ends_with(".rs")) {
            syn::parse_file(&file.contents)
                .unwrap_or_else(|e| panic!("{} does not parse: {e}", file.path));
        }
    }

    #[test]
    fn the_same_ir_gives_the_same_bytes() {
        assert_eq!(
            emit(&sample_api(), &[]).expect("emits"),
            emit(&sample_api(), &[]).expect("emits")
        );
    }
}
