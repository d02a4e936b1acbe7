# shellcheck shell=bash
# Container image helpers for bin/images (and for scripts that run the images). Source it; do not run it.
#
# Sourcing points podman at the project's settings (CONTAINERS_CONF=k8s/images/containers.conf); /etc is never
# changed. Images are named $IMAGE_PREFIX/<service>:<project version> (IMAGE_PREFIX defaults to
# localhost/collections); the base image is $IMAGE_PREFIX/base-jre17:<hash of k8s/images/base.sh>, its definition.
#
#   img_require_tools        podman (and mmdebstrap when the base must be built), installed in CI; else an install hint
#   img_version              sets IMG_VERSION to the project version (Maven's help:evaluate, once; call it
#                            outside a command substitution, or every img_ref asks Maven again)
#   img_ref SERVICE          the image name of a service
#   img_base_ref             the base image name for the current k8s/images/base.sh
#   img_ensure_base [force]  builds the base image unless it exists (force: build it again)
#   img_build SERVICE MODULE HTTP_PORT MANAGEMENT_PORT   builds a service image from MODULE/target/quarkus-app

: "${REPO_ROOT:?REPO_ROOT must be set before sourcing bin/lib/images.sh}"

IMG_DIR="$REPO_ROOT/k8s/images"
IMAGE_PREFIX=${IMAGE_PREFIX:-localhost/collections}
# The tag every base build also gets: the default BASE_IMAGE of the Containerfile, for a manual podman build.
IMG_BASE_ALIAS_TAG=bookworm
IMG_VERSION=""
export CONTAINERS_CONF="$IMG_DIR/containers.conf"

img_log() { printf '[images] %s\n' "$*" >&2; }

img_require_tools() {
  local missing=()
  command -v podman >/dev/null 2>&1 || missing+=(podman runc)
  if [[ "${1:-}" == base ]]; then
    command -v mmdebstrap >/dev/null 2>&1 || missing+=(mmdebstrap)
  fi
  ((${#missing[@]} == 0)) && return 0
  img_try_install "${missing[@]}" && return 0
  img_log "missing: ${missing[*]}. Install them (as root): apt-get install -y podman runc mmdebstrap"
  return 1
}

# In CI (CI=true, root, apt-get available) install the packages named; elsewhere do nothing.
img_try_install() {
  [[ "${CI:-}" == "true" && $EUID -eq 0 ]] || return 1
  command -v apt-get >/dev/null 2>&1 || return 1
  img_log "CI: installing $* with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >&2
}

img_version() {
  [[ -n "$IMG_VERSION" ]] && return 0
  IMG_VERSION=$(cd "$REPO_ROOT" && ./mvnw -B -q -N help:evaluate -Dexpression=project.version -DforceStdout) || {
    img_log "could not read the project version (./mvnw help:evaluate)"
    return 1
  }
  [[ "$IMG_VERSION" =~ ^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$ ]] || {
    img_log "the project version '$IMG_VERSION' is not a valid image tag"
    IMG_VERSION=""
    return 1
  }
}

img_ref() {
  img_version || return 1
  echo "$IMAGE_PREFIX/$1:$IMG_VERSION"
}

img_base_ref() {
  echo "$IMAGE_PREFIX/base-jre17:$(sha256sum "$IMG_DIR/base.sh" | cut -c1-12)"
}

img_ensure_base() {
  local force=${1:-} ref tmp started change changes=()
  ref=$(img_base_ref)
  if [[ "$force" != force ]] && podman image exists "$ref"; then
    img_log "base image $ref exists (definition unchanged)"
    return 0
  fi
  img_require_tools base || return 1
  # shellcheck source=../../k8s/images/base.sh
  source "$IMG_DIR/base.sh"
  tmp=$(mktemp -d /var/tmp/collections-base.XXXXXX)
  started=$SECONDS
  img_log "building the base image $ref from Debian $BASE_SUITE packages ($BASE_PACKAGES); takes minutes"
  if ! base_rootfs "$tmp/base.tar" >"$tmp/mmdebstrap.log" 2>&1; then
    img_log "mmdebstrap failed; last lines of its output:"
    tail -n 30 "$tmp/mmdebstrap.log" >&2
    rm -rf "$tmp"
    return 1
  fi
  for change in "${BASE_IMAGE_CHANGES[@]}" "LABEL org.collections.base-definition=${ref##*:}"; do
    changes+=(--change "$change")
  done
  if ! podman import --quiet --message "Debian $BASE_SUITE: $BASE_PACKAGES" "${changes[@]}" "$tmp/base.tar" "$ref" >/dev/null; then
    rm -rf "$tmp"
    return 1
  fi
  rm -rf "$tmp"
  podman tag "$ref" "$IMAGE_PREFIX/base-jre17:$IMG_BASE_ALIAS_TAG"
  img_log "base image $ref built in $((SECONDS - started)) s"
}

img_build() {
  local service=$1 module=$2 http_port=$3 management_port=$4 app ref version revision
  app="$REPO_ROOT/$module/target/quarkus-app"
  [[ -f "$app/quarkus-run.jar" ]] || {
    img_log "$module is not built ($app/quarkus-run.jar is missing)"
    return 1
  }
  img_version || return 1
  version=$IMG_VERSION
  ref=$(img_ref "$service") || return 1
  revision=$(git -C "$REPO_ROOT" rev-parse HEAD 2>/dev/null || echo unknown)
  git -C "$REPO_ROOT" diff --quiet HEAD -- 2>/dev/null || revision+="-dirty"
  # The build context is the fast-jar itself: nothing else of the checkout goes into the image.
  podman build --quiet --pull=never --file "$IMG_DIR/Containerfile" \
    --build-arg BASE_IMAGE="$(img_base_ref)" --build-arg JVM_OPTIONS="$(jvm_options)" \
    --build-arg SERVICE="$service" --build-arg VERSION="$version" --build-arg REVISION="$revision" \
    --build-arg HTTP_PORT="$http_port" --build-arg MANAGEMENT_PORT="$management_port" \
    --tag "$ref" "$app" >/dev/null
}
