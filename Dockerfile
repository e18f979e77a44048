# countylines: one binary, one volume. Build: docker build -t countylines .
# Run a pass:  docker run --rm -v countylines-data:/data countylines run
# (A later issue finishes the scheduler, the non-root user and healthcheck.)
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=1 go build -trimpath -ldflags="-s -w" -o /out/countylines ./cmd/countylines

FROM debian:bookworm-slim
RUN useradd --system --create-home --home-dir /home/countylines countylines \
    && mkdir -p /data && chown countylines /data
COPY --from=build /out/countylines /usr/local/bin/countylines
USER countylines
ENV COUNTYLINES_HOME=/data TMPDIR=/data/tmp HOME=/home/countylines
VOLUME ["/data"]
ENTRYPOINT ["countylines"]
CMD ["run"]
