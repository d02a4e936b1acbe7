# shellcheck shell=bash
# The definition of the base image of every service image: a Debian system with a Java 17 runtime, built from Debian
# packages with mmdebstrap (no registry is needed). Sourced by bin/lib/images.sh, which tags the image with a hash of
# this file and builds it only when no image of that hash exists: change anything here (a package, a mirror, a hook)
# and the next bin/images builds a new base; `bin/images --rebuild-base` builds it again with today's packages
# (security updates) under the same hash.

BASE_SUITE=bookworm
BASE_PACKAGES=openjdk-17-jre-headless,ca-certificates
# The suite with its updates and security fixes.
BASE_MIRRORS=(
  "deb http://deb.debian.org/debian bookworm main"
  "deb http://deb.debian.org/debian bookworm-updates main"
  "deb http://deb.debian.org/debian-security bookworm-security main"
)

# base_rootfs TARBALL: writes the root filesystem. Nothing is excluded from the packages: the JRE's post-install
# needs /usr/share/man. The account the services run as (uid 185, group root, as in the Quarkus and OpenShift
# images) gives the JVM a user name and a home; nothing writes to it (the root filesystem is read-only).
base_rootfs() {
  mmdebstrap --quiet --variant=apt --include="$BASE_PACKAGES" \
    --customize-hook='echo "quarkus:x:185:0:Quarkus application:/deployments:/usr/sbin/nologin" >>"$1/etc/passwd"' \
    "$BASE_SUITE" "$1" "${BASE_MIRRORS[@]}"
}

# What `podman import` adds to the root filesystem. Java 17 takes its default charset from the locale: without
# one it would be ASCII.
BASE_IMAGE_CHANGES=(
  "ENV LANG=C.UTF-8"
  "LABEL org.opencontainers.image.title=collections-base-jre17"
  "LABEL org.opencontainers.image.description=\"Debian $BASE_SUITE with $BASE_PACKAGES\""
)
