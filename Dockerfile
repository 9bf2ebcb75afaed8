# One image for both roles: `pnpm start` (an API replica) and `pnpm pairwise worker` (a runner).
FROM node:20-bookworm-slim
# bubblewrap, Python with its ML stack (the libraries problems may require), Java 17 with Jackson
# and g++ with nlohmann/json run candidate code (workers); build tools compile better-sqlite3.
RUN apt-get update \
 && apt-get install -y --no-install-recommends bubblewrap python3 python3-numpy python3-scipy \
      python3-pandas python3-sklearn python3-torch openjdk-17-jdk-headless \
      libjackson2-databind-java g++ nlohmann-json3-dev util-linux build-essential ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && npm install -g pnpm@12.4.2
WORKDIR /app
COPY . .
RUN npm_config_nodedir=/usr/local pnpm install --frozen-lockfile \
 && pnpm --filter @pairwise/web build
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["pnpm", "start"]
