# Huli.Matchmaking: the commands a developer and CI use.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CONFIGURATION ?= Release
HOST_PROJECT := services/Host/Huli.Matchmaking.Host.csproj
LOCAL_ENV ?= $(or $(HULI_LOCAL_ENV),/var/lib/huli-matchmaking/local.env)
TEST_LOG := artifacts/test/test-output.log

# Two JIT knobs, internal ones settable only in the environment; deploy/Dockerfile sets them too.
# - The runtime counts calls for tier-1 compilation only after 100 ms without new tier-0 JIT activity. A service
#   busy with its first import keeps JIT-compiling new methods, so its hottest code stayed unoptimised for most of
#   a minute: at 0 the import's first 10,000 results took 11 s instead of 19 s (`make bench`).
# - It recompiles a method, twice with dynamic PGO, once it has been called 30 times. In an import most such
#   methods run once per batch, file or index segment: a few dozen to a few hundred calls in all, fewer than it
#   takes to win back their compilation. At 1,000 calls the JIT's time during a 100,000-result import fell from
#   18 s to 7 s and the import used a tenth less CPU; code run per record or per token still reaches tier 1
#   within the first file, and loops in the rest move up through on-stack replacement.
RUNTIME_TUNING := DOTNET_TC_CallCountingDelayMs=0 DOTNET_TC_CallCountThreshold=1000

.PHONY: help build run test servers servers-stop clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

build: ## Build everything (warnings are errors)
	dotnet build Huli.Matchmaking.sln -c $(CONFIGURATION)

run: ## Run all four services in one process (embedded profile) on http://127.0.0.1:5080
	env $(RUNTIME_TUNING) dotnet run --project $(HOST_PROJECT) -c $(CONFIGURATION)

servers: ## Install (apt-get) and start RabbitMQ and PostgreSQL on this host; needs root
	bash deploy/local/install.sh
	bash deploy/local/start.sh

servers-stop: ## Stop RabbitMQ and PostgreSQL
	bash deploy/local/stop.sh

# The integration tests need RabbitMQ and PostgreSQL; they fail, never skip, when those are missing.
# The shell runs with -e and pipefail, so a failed run is caught with || to reach the summary of what failed.
test: servers ## Run every test, starting the servers first
	@mkdir -p $(dir $(TEST_LOG))
	set -a; . "$(LOCAL_ENV)"; set +a; \
	status=0; \
	timeout -k 30s 20m dotnet test Huli.Matchmaking.sln -c $(CONFIGURATION) 2>&1 | tee $(TEST_LOG) || status=$$?; \
	bash .ci/summarize-tests $(TEST_LOG); \
	exit $$status

# Without KEY the importer reads INSTITUTE_KEY (KIND=needs: ENTERPRISE_KEY) from data/demo-users.env, which
# `make run` writes. A given KEY goes through the environment (HULI_KEY) and the line is not echoed, so the key
# shows in neither log nor ps.
.PHONY: import
import: ## Import a results or needs file: make import FILE=path [KIND=results|needs] [API=http://127.0.0.1:5080] [KEY=...]
	@test -n "$(FILE)" || { echo "usage: make import FILE=path [KIND=results|needs] [API=http://127.0.0.1:5080] [KEY=access key]" >&2; exit 2; }
	@$(if $(KEY),HULI_KEY="$(KEY)") dotnet run --project services/Importer -c $(CONFIGURATION) -- "$(FILE)" $(if $(KIND),--kind "$(KIND)") $(if $(API),--api "$(API)")

# Generates BENCH_RECORDS results from ../shared/data (read in place), imports them end to end on the embedded
# profile, measures the raw analysis + indexing baseline on the same records and rewrites the matching section of
# docs/benchmarks.md. The import stops at BENCH_MINUTES and says so; the targets are reported, never fatal.
# Then it measures the Matcher's ranking latency over the same records (RANKING_ONLY=1: only that).
BENCH_RECORDS ?= 100000
BENCH_MINUTES ?= 5
.PHONY: bench
bench: ## Import and ranking benchmark: make bench [BENCH_RECORDS=100000] [BENCH_MINUTES=5] [RANKING_ONLY=1] [BENCH_MATCHER=0] -> docs/benchmarks.md
	env $(RUNTIME_TUNING) dotnet run --project tests/Huli.Matchmaking.Benchmarks -c $(CONFIGURATION) -- --records $(BENCH_RECORDS) --time-limit $(BENCH_MINUTES) --data ../shared/data --out docs/benchmarks.md $(if $(filter 1,$(RANKING_ONLY)),--ranking-only) $(if $(filter 0,$(BENCH_MATCHER)),--without-matcher)

# A member's view of the bus: its own login reads its own queue. The password stays in the environment
# (HULI_MEMBER_PASSWORD, answered once at registration), so it shows in neither log nor ps.
BROKER ?= amqp://127.0.0.1:5672/huli
.PHONY: member
member: ## Run the member client: HULI_MEMBER_PASSWORD=... make member MEMBER=huli-member-<code> [BROKER=amqp://127.0.0.1:5672/huli]
	@test -n "$(MEMBER)" || { echo "usage: HULI_MEMBER_PASSWORD=... make member MEMBER=huli-member-<code> [BROKER=amqp://host:5672/vhost]" >&2; exit 2; }
	dotnet run --project services/MemberClient -c $(CONFIGURATION) -- --broker "$(BROKER)" --user "$(MEMBER)"

# The ranking's quality on one evaluation set (../shared/data/README.md format), read in place. It runs the
# Matcher's own ranking classes in-process over a temporary Lucene index and prints plain BM25 next to them.
EVAL_PROJECT := tests/Huli.Matchmaking.Evaluation
.PHONY: eval retrain
eval: ## Measure ranking: make eval DATA=../shared/data/csfcube-dev [POOL=1] [OUT=artifacts/eval/x.run]
	@test -n "$(DATA)" || { echo "usage: make eval DATA=dir [POOL=1] [OUT=file]" >&2; exit 2; }
	dotnet run --project $(EVAL_PROJECT) -c $(CONFIGURATION) -- eval --data "$(DATA)" $(if $(filter 1,$(POOL)),--pool) $(if $(OUT),--out "$(OUT)")

# Learns the shipped ranking model from both dev sets plus the coordinators' decisions stored by the Matcher
# (embedded profile: data/matcher.db, if present; DECISIONS=postgres reads the distributed Matcher's database,
# with the server from ConnectionStrings__Postgres in the environment), prints in-sample and cross-validated figures and rewrites
# services/Matcher/Ranking/Learning/ranking-model.json. ABLATION=1 adds what each feature group is worth;
# TREES=1 cross-validates boosted trees (ML.NET FastTree) on the same features for comparison; FOLD_SEED=n
# shuffles the queries into other cross-validation folds, to see how far the figures move with the split.
DECISIONS ?= data/matcher.db
retrain: ## Retrain the ranking model: make retrain [DECISIONS=data/matcher.db|postgres] [ABLATION=1] [TREES=1] [FOLD_SEED=n]
	dotnet run --project $(EVAL_PROJECT) -c $(CONFIGURATION) -- retrain --set ../shared/data/csfcube-dev:pool --set ../shared/data/csl-needs-dev --decisions "$(DECISIONS)" $(if $(filter 1,$(ABLATION)),--ablation) $(if $(filter 1,$(TREES)),--trees) $(if $(FOLD_SEED),--fold-seed $(FOLD_SEED))

clean: ## Remove build output (not the data folder)
	dotnet clean Huli.Matchmaking.sln -c $(CONFIGURATION)
