import { shareSuite } from "./share-suite.js";

shareSuite("en", "en-CA");
