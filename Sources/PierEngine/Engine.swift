import PierCore
