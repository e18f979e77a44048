# syntax=docker/dockerfile:1
# countylines: one binary, one volume (/data), cron inside.
#   docker build -t countylines --build-arg COMMIT=$(git rev-parse HEAD) .
#   docker run -d --name countylines -v countylines-data:/data countylines
# docs/deploy.md has compose and Kubernetes. scripts/container-smoke checks
# this file's runtime contract (user, environment, command, health check)
# without a container engine.

# Build: Debian (glibc) with cgo, which DuckDB needs; no Alpine. The cache
# mounts keep Go's module and build caches between builds, and only the
# modules this build needs are fetched: `go mod download` would fetch every
# platform's DuckDB library (1.1 GB, 94 s here) where the build needs 269 MB.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY . .
ARG VERSION=dev
ARG COMMIT=unknown
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \
    VERSION=${VERSION} COMMIT=${COMMIT} scripts/build /out/countylines

# Run: slim Debian of the same release (same glibc; libstdc++ comes with it).
FROM debian:bookworm-slim
# A fixed non-root user, UID 10001 and GID 10001, so a bind-mounted inbox
# can be shared with the SFTP or file-share side (give that side GID 10001).
RUN groupadd --system --gid 10001 countylines \
 && useradd --system --uid 10001 --gid 10001 --home-dir /data --no-create-home --shell /usr/sbin/nologin countylines \
 && mkdir -p /data && chown 10001:10001 /data && chmod 2775 /data
COPY --from=build /out/countylines /usr/local/bin/countylines
USER 10001:10001
# HOME is the volume, so nothing is written elsewhere (DuckDB keeps ~/.duckdb
# there); JSON logs even under docker run -t.
ENV COUNTYLINES_HOME=/data HOME=/data COUNTYLINES_LOG_FORMAT=json
WORKDIR /data
VOLUME ["/data"]
# Unhealthy when the last pass failed or is too old (twice the schedule's
# interval plus 5 minutes; COUNTYLINES_MAX_AGE to change it).
HEALTHCHECK --interval=1m --timeout=10s --start-period=5m --retries=3 CMD ["countylines", "status", "--check"]
ENTRYPOINT ["countylines"]
CMD ["schedule"]
